package rbs.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import rbs.definition.DataPaths;

/** Where a programme may read its sources from: its own folder, and what the operator allows. */
final class DataOptions {

  @Option(
      names = "--allow-data-outside",
      paramLabel = "DIR",
      description =
          "Also read sources from DIR (a programme's absolute or ../ paths into it). Without it,"
              + " sources are read only from the programme's folder and below (symbolic links"
              + " there are followed). Repeatable.")
  List<Path> allowed = new ArrayList<>();

  DataPaths paths() {
    return allowed.isEmpty() ? DataPaths.programmeFolderOnly() : DataPaths.allowing(allowed);
  }
}
