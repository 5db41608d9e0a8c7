package ru.digitalbridge.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link CompletionMet} fired, as the certificate feature will observe it. */
@ApplicationScoped
public class RecordedCompletions {
    static final List<CompletionMet> FIRED = new CopyOnWriteArrayList<>();

    void on(@Observes CompletionMet met) {
        FIRED.add(met);
    }
}
