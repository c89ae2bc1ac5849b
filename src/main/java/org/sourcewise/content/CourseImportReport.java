package org.sourcewise.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * What the last start-up's course import did, for the admin console: which courses it imported,
 * and which files changed since their import and were therefore left alone.
 */
@Component
public class CourseImportReport {

    public enum Outcome { IMPORTED, UNCHANGED, CHANGED }

    public record Entry(String slug, Outcome outcome, List<String> changedFiles) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    public void record(Entry entry) {
        entries.removeIf(e -> e.slug().equals(entry.slug()));
        entries.add(entry);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
