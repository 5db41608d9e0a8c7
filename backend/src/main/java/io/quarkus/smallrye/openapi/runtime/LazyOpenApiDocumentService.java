package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Start-up: prepares the OpenAPI document (/q/openapi) on its first request instead of at start. Quarkus 3.33 reads,
 * filters and writes the whole stored document (about 1 MB of YAML) as JSON and as YAML in a RUNTIME_INIT step of
 * every start; quarkusio/quarkus#55538 makes it lazy when no RUNTIME_STARTUP filter exists (we have none: the
 * contract filter runs at build only). Until that release this subclass holds the recorder's call and runs it on the
 * first {@link #getDocument}; the document served is the same. It lives in Quarkus' package because the method the
 * recorder calls is package-private; remove it once Quarkus prepares the document lazily itself. Unremovable: it is
 * only looked up programmatically (by the recorder and the handler), which ArC's unused-bean removal cannot see.
 * Production profile only: in tests Quarkus' classes and ours are in different class loaders, so the inherited
 * package-private injection of {@code config} does not happen there; tests keep Quarkus' eager service.
 */
@IfBuildProfile("prod")
@Unremovable
@Alternative
@Priority(1)
@ApplicationScoped
public class LazyOpenApiDocumentService extends OpenApiDocumentService {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    synchronized void prepareDocument(
            AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filtersByStage,
            String documentName) {
        pending.add(() -> super.prepareDocument(autoSecurityFilter, filtersByStage, documentName));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        synchronized (this) {
            pending.forEach(Runnable::run);
            pending.clear();
        }
        return super.getDocument(documentName, format);
    }
}
