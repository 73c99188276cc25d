package dev.leaseport.bootstrap.openapi;

import dev.leaseport.adapters.rest.local.LocalOnlyRoutes;
import dev.leaseport.bootstrap.config.DotEnvConfigSource;
import dev.leaseport.bootstrap.config.Mode;
import dev.leaseport.bootstrap.config.SettingsLoader;
import dev.leaseport.bootstrap.config.SettingsSources;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Outside local mode, {@code /openapi} does not describe the local-only routes, which do not exist
 * there. Liberty builds the document itself (registered as {@code mp.openapi.filter}), possibly
 * before CDI is ready, so the mode is read from the settings' sources, not from a bean. Any mode
 * but an explicit, valid {@code local} hides the routes.
 */
public class LocalOnlyRoutesDocumentFilter implements OASFilter {
  private final Function<String, Optional<String>> settings;

  public LocalOnlyRoutesDocumentFilter() {
    this(SettingsSources.environmentThenDotEnv(System.getenv(), new DotEnvConfigSource()));
  }

  LocalOnlyRoutesDocumentFilter(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (SettingsLoader.modeOf(settings).equals(Optional.of(Mode.LOCAL))
        || document.getPaths() == null
        || document.getPaths().getPathItems() == null) {
      return;
    }
    document.getPaths().getPathItems().keySet().stream()
        .filter(
            path ->
                path.equals(LocalOnlyRoutes.PREFIX)
                    || path.startsWith(LocalOnlyRoutes.PREFIX + "/"))
        .toList()
        .forEach(document.getPaths()::removePathItem);
    if (document.getTags() != null) {
      document.getTags().stream()
          .filter(tag -> LocalOnlyRoutes.DOCUMENT_TAG.equals(tag.getName()))
          .toList()
          .forEach(document::removeTag);
    }
  }
}
