package ru.digitalbridge.support;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.util.List;

/**
 * Installs {@link DocumentedResponses} before every {@code @QuarkusTest} method (registered through
 * META-INF/services, so no test can forget it) and fails the test afterwards if a response it received was not in
 * the contract, also when the request ran on another thread whose failure the test did not look at.
 */
public class DocumentedResponsesCallbacks implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        DocumentedResponses.install();
        DocumentedResponses.drain();
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        List<String> violations = DocumentedResponses.drain();
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "Responses not in the contract (/q/openapi):\n  " + String.join("\n  ", violations));
        }
    }
}
