package rbs.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A district (stadsdel) as the programme declares it, with the other spellings extracts use for it.
 */
public record District(String name, List<String> aliases) {

  public District {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("district name must not be blank");
    }
    aliases = List.copyOf(aliases);
  }

  // written out, as on Period (why there): units hold their district, and the results index looks
  // units up
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof District d && name.equals(d.name) && aliases.equals(d.aliases));
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * The name as used in file names: lower case ASCII, words joined by hyphens ("Älvsjö" →
   * "alvsjo").
   */
  public String slug() {
    return slugOf(name);
  }

  /** Lower case ASCII with hyphens; the file-name form of any unit name. */
  public static String slugOf(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
