package rbs.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A programme (program): vision, target groups → goals → indicators, the districts it is followed
 * up in and the sources its indicators draw on.
 *
 * @param municipality the name of the whole (e.g. "Stockholm"), used for the city-wide unit
 * @param language BCP 47 tag of the labels in reports (e.g. "sv")
 * @param districts empty for a municipality that reports as one unit
 * @param disclosureThreshold counts from 1 to threshold−1 are withheld in published reports
 * @param file the programme file, for resolving source paths and for error locations
 * @param publication the levels a published report shows
 * @param filterSites where each filter is written, first occurrence per source and expression
 * @param targetsFile the table of further targets ({@code targets_file}), relative to the
 *     programme's folder; its targets are added by {@link #withTargets} once it is read
 * @param commentsFolder the folder (relative to the programme's) units return their comment forms
 *     to, one subfolder per report period ({@code kommentarer/2014-T2/})
 * @param groups named groups of districts reported as units of their own (members name districts)
 * @param stratsys the external codes for {@code --export stratsys}, when the programme has them
 * @param validation the rules across indicators the data must keep
 * @param baseline the starting point reports compare with, when the programme names one
 */
public record Programme(
    String id,
    String name,
    String vision,
    String municipality,
    String language,
    List<District> districts,
    int disclosureThreshold,
    List<TargetGroup> targetGroups,
    List<Source> sources,
    Path file,
    List<FilterSite> filterSites,
    PublicationLevels publication,
    Optional<String> targetsFile,
    Optional<Path> commentsFolder,
    List<DistrictGroup> groups,
    Optional<StratsysCodes> stratsys,
    List<ValidationRule> validation,
    Optional<Baseline> baseline) {

  public Programme {
    Objects.requireNonNull(stratsys, "stratsys");
    Objects.requireNonNull(baseline, "baseline");
    validation = List.copyOf(validation);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(vision, "vision");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(targetsFile, "targetsFile");
    Objects.requireNonNull(commentsFolder, "commentsFolder");
    districts = List.copyOf(districts);
    targetGroups = List.copyOf(targetGroups);
    sources = List.copyOf(sources);
    filterSites = List.copyOf(filterSites);
    groups = List.copyOf(groups);
    if (disclosureThreshold < 1) {
      throw new IllegalArgumentException("disclosure threshold must be at least 1");
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    names.add(District.slugOf(municipality));
    districts.forEach(d -> names.add(d.slug()));
    for (DistrictGroup g : groups) {
      if (!names.add(District.slugOf(g.name()))) {
        throw new IllegalArgumentException(
            "group " + g.name() + " is named like a district, another group or the whole");
      }
      for (String member : g.members()) {
        if (districts.stream().noneMatch(d -> d.name().equals(member))) {
          throw new IllegalArgumentException("group " + g.name() + ": no district " + member);
        }
      }
    }
  }

  /**
   * A programme without a targets table, a comments folder, groups of districts, Stratsys codes,
   * validation rules or a baseline.
   */
  public Programme(
      String id,
      String name,
      String vision,
      String municipality,
      String language,
      List<District> districts,
      int disclosureThreshold,
      List<TargetGroup> targetGroups,
      List<Source> sources,
      Path file,
      List<FilterSite> filterSites,
      PublicationLevels publication) {
    this(
        id,
        name,
        vision,
        municipality,
        language,
        districts,
        disclosureThreshold,
        targetGroups,
        sources,
        file,
        filterSites,
        publication,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /** A programme built in code: no filter positions, the standard published levels. */
  public Programme(
      String id,
      String name,
      String vision,
      String municipality,
      String language,
      List<District> districts,
      int disclosureThreshold,
      List<TargetGroup> targetGroups,
      List<Source> sources,
      Path file) {
    this(
        id,
        name,
        vision,
        municipality,
        language,
        districts,
        disclosureThreshold,
        targetGroups,
        sources,
        file,
        List.of(),
        PublicationLevels.standard());
  }

  /**
   * This programme with further targets per indicator id (read from its targets table), each added
   * after the indicator's own.
   */
  public Programme withTargets(Map<String, List<Target>> extra) {
    List<TargetGroup> groups = new ArrayList<>();
    for (TargetGroup g : targetGroups) {
      List<Goal> goals = new ArrayList<>();
      for (Goal goal : g.goals()) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : goal.indicators()) {
          List<Target> targets = new ArrayList<>(i.targets());
          targets.addAll(extra.getOrDefault(i.id(), List.of()));
          indicators.add(i.withTargets(targets));
        }
        goals.add(new Goal(goal.id(), goal.text(), goal.rule(), indicators));
      }
      groups.add(new TargetGroup(g.id(), g.name(), goals));
    }
    return new Programme(
        id,
        name,
        vision,
        municipality,
        language,
        districts,
        disclosureThreshold,
        groups,
        sources,
        file,
        filterSites,
        publication,
        targetsFile,
        commentsFolder,
        this.groups,
        stratsys,
        validation,
        baseline);
  }

  /** This programme with a baseline (utgångsläge) its reports compare with. */
  public Programme withBaseline(Baseline newBaseline) {
    return new Programme(
        id,
        name,
        vision,
        municipality,
        language,
        districts,
        disclosureThreshold,
        targetGroups,
        sources,
        file,
        filterSites,
        publication,
        targetsFile,
        commentsFolder,
        groups,
        stratsys,
        validation,
        Optional.of(newBaseline));
  }

  /**
   * The units outcomes are computed and workbooks written for, in report order: the districts in
   * declaration order, then the groups of districts in declaration order, then the municipality.
   * The one place the list is made.
   */
  public List<Unit> units() {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < districts.size(); i++) {
      units.add(Unit.district(this, i));
    }
    for (int i = 0; i < groups.size(); i++) {
      units.add(Unit.group(this, i));
    }
    units.add(whole());
    return List.copyOf(units);
  }

  /** The whole municipality as a unit. */
  public Unit whole() {
    return Unit.whole(this);
  }

  /** Where this filter of this source is first written, if known. */
  public Optional<FilterSite> filterSite(String source, String expression) {
    return filterSites.stream()
        .filter(s -> s.source().equals(source) && s.expression().equals(expression))
        .findFirst();
  }

  /** Every goal, in declaration order. */
  public Stream<Goal> goals() {
    return targetGroups.stream().flatMap(g -> g.goals().stream());
  }

  /** Every indicator, in declaration order. */
  public Stream<Indicator> indicators() {
    return goals().flatMap(g -> g.indicators().stream());
  }

  public Optional<Indicator> indicator(String indicatorId) {
    return indicators().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  public Optional<Source> source(String sourceName) {
    return sources.stream().filter(s -> s.name().equals(sourceName)).findFirst();
  }

  /** Where the units' comment forms for a report period are returned, if the programme says. */
  public Optional<Path> commentsFolder(ReportPeriod period) {
    return commentsFolder.map(f -> baseDir().resolve(f).resolve(period.toString()).normalize());
  }

  /** The folder source paths are relative to. */
  public Path baseDir() {
    Path abs = file.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    return parent == null ? abs : parent;
  }
}
