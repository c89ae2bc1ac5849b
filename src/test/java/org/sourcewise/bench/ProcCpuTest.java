package org.sourcewise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProcCpuTest {

    // a PostgreSQL backend's stat line: its command name has a space and a closing parenthesis
    private static final String BACKEND = "4242 (postgres: a) b) S 4100 4100 4100 0 -1 4194304 900 0 0 0 250 37 12 3 20 0 1 0 "
            + "123456 225000000 4000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

    @Test
    void readsOwnAndReapedChildTimeAfterACommandNameWithParentheses() {
        assertThat(ProcCpu.parent(BACKEND)).isEqualTo(4100);
        assertThat(ProcCpu.ownTicks(BACKEND)).isEqualTo(250 + 37);
        assertThat(ProcCpu.reapedChildTicks(BACKEND)).isEqualTo(12 + 3);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void countsTheCpuOfAProcessTreeIncludingChildrenThatHaveExited() throws Exception {
        long self = ProcessHandle.current().pid();
        double before = ProcCpu.treeSeconds(self);
        // a child that burns CPU and exits; the JVM reaps it, so its time moves into our cutime
        Process busy = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done").start();
        busy.waitFor();
        double after = ProcCpu.treeSeconds(self);
        String ownStat = Files.readString(Path.of("/proc/self/stat"));
        assertThat(after - before).isGreaterThanOrEqualTo(0.05);
        assertThat(ProcCpu.reapedChildTicks(ownStat)).isPositive();
    }
}
