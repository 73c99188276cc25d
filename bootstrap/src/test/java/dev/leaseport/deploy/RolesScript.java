package dev.leaseport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The roles {@code db/provision/01-roles.sql} creates, read from its CREATE ROLE and GRANTs. */
final class RolesScript {
  static final String PATH = "adapters/persistence/src/main/resources/db/provision/01-roles.sql";
  private static final Pattern CREATE = Pattern.compile("CREATE ROLE (\\w+)([A-Z ]*);");
  private static final Pattern GRANT = Pattern.compile("(?m)^GRANT (\\w+) TO (\\w+);");

  private RolesScript() {}

  static List<DatabaseRole> roles() {
    String sql;
    try {
      sql = Files.readString(RepositoryRoot.resolve(PATH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> memberOf = new HashMap<>();
    Matcher grants = GRANT.matcher(sql);
    while (grants.find()) {
      memberOf.computeIfAbsent(grants.group(2), k -> new HashSet<>()).add(grants.group(1));
    }
    return CREATE
        .matcher(sql)
        .results()
        .map(
            create -> {
              Set<String> attributes = Set.of(create.group(2).strip().split("\\s+"));
              return new DatabaseRole(
                  create.group(1),
                  attributes.contains("LOGIN"),
                  !attributes.contains("NOINHERIT"),
                  attributes.contains("BYPASSRLS"),
                  memberOf.getOrDefault(create.group(1), Set.of()));
            })
        .toList();
  }
}
