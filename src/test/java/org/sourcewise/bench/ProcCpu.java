package org.sourcewise.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of processes from Linux's /proc/PID/stat, in seconds (clock ticks of 1/100 s). */
final class ProcCpu {

    private static final Path PROC = Path.of("/proc");

    private ProcCpu() {
    }

    /** The fields of a stat line after the command name, which may itself hold spaces and parentheses. */
    static String[] fields(String statLine) {
        return statLine.substring(statLine.lastIndexOf(')') + 2).strip().split(" ");
    }

    /** utime plus stime of the process itself. */
    static long ownTicks(String statLine) {
        String[] f = fields(statLine);
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** cutime plus cstime: what its children used that have exited and that it has waited for. */
    static long reapedChildTicks(String statLine) {
        String[] f = fields(statLine);
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    static long parent(String statLine) {
        return Long.parseLong(fields(statLine)[1]);
    }

    /**
     * A process and its descendants: their own CPU, and that of the descendants already gone. A
     * PostgreSQL server is such a tree: the postmaster forks a process per connection and reaps it.
     */
    static double treeSeconds(long root) throws IOException {
        String rootStat = Files.readString(PROC.resolve(String.valueOf(root)).resolve("stat"));
        long ticks = ownTicks(rootStat) + reapedChildTicks(rootStat);
        java.util.Map<Long, java.util.List<String>> children = new java.util.HashMap<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path p : all) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    children.computeIfAbsent(parent(stat), k -> new java.util.ArrayList<>()).add(stat);
                } catch (IOException gone) {
                    // exited while we looked: its time is in its parent's cutime now
                }
            }
        }
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        while (!todo.isEmpty()) {
            for (String stat : children.getOrDefault(todo.pop(), java.util.List.of())) {
                ticks += ownTicks(stat) + reapedChildTicks(stat);
                todo.push(Long.parseLong(stat.substring(0, stat.indexOf(' '))));
            }
        }
        return ticks / 100.0;
    }
}
