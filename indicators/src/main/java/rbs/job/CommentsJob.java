package rbs.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.comments.FormReader;
import rbs.comments.FormWriter;
import rbs.comments.Forms;
import rbs.model.Programme;
import rbs.model.Results;
import rbs.model.Unit;
import rbs.rows.SourceFeed;

/**
 * Writes the units' comment forms for a report period: computes the period as a dry run of the
 * report would, reads last period's returned forms to offer their text again, and writes one form
 * per district and one for the municipality into the request's output folder.
 */
public final class CommentsJob {

  private final JobListener listener;
  private final Clock clock;
  private final Function<Programme, SourceFeed> feeds;

  public CommentsJob(JobListener listener, Clock clock, Function<Programme, SourceFeed> feeds) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
  }

  /**
   * Writes the forms into {@code request.outDir()} (created when missing).
   *
   * @return the forms written, in unit order
   * @throws InputException INVALID when the programme names no comments folder or the data are
   *     invalid; UNAVAILABLE when a form cannot be written
   */
  public List<Path> run(ReportRequest request) {
    ReportRequest dry =
        ReportRequest.builder(request.programme(), request.period(), request.asOf())
            .districts(request.districts())
            .dryRun(true)
            .toolVersion(request.toolVersion())
            .dataPaths(request.dataPaths())
            .build();
    Results results = new ReportJob(listener, clock, feeds).run(dry).results();
    Programme programme = results.programme();
    if (programme.commentsFolder().isEmpty()) {
      throw InputException.invalid(
          Location.of(request.programme().toString()),
          "the programme names no folder for the comment forms: add 'comments: {folder:"
              + " kommentarer}' (see docs/programme-format.md)");
    }
    String folder =
        programme.commentsFolder().get().resolve(request.period().toString()).toString();
    Forms previous = FormReader.previous(programme, request.period());
    for (Problem p : previous.problems()) {
      listener.warning(Warning.at(Warning.Kind.COMMENTS, p.location(), p.message()));
    }
    Path out = request.outDir();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(out);
      for (Unit unit : Units.select(programme, request.districts())) {
        Path file = out.resolve(FormWriter.fileName(results, unit));
        listener.phase("write " + file.getFileName());
        FormWriter.write(results, unit, previous.comments(), folder.replace('\\', '/'), file);
        written.add(file);
      }
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw InputException.unavailable(
          Location.of(out.toString()), "cannot write the comment forms", io);
    }
    return List.copyOf(written);
  }
}
