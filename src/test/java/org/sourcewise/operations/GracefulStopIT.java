package org.sourcewise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sourcewise.PackagedServer;

/**
 * A node stopped as an administrator or a rolling restart stops it (SIGTERM) finishes its work on an
 * open database. H2 used to close the file from its own shutdown hook while Spring was still shutting
 * down, so the last writes of every stop failed with "Database is already closed".
 */
class GracefulStopIT {

    @Test
    void a_stopped_node_finishes_its_shutdown_with_the_database_still_open() throws Exception {
        Path dir = Files.createTempDirectory("sourcewise-stop");
        int port = PackagedServer.freePort();
        Process server = PackagedServer.start(dir, port, List.of("-Xmx512m"), List.of());
        try {
            PackagedServer.waitUntilUp(server, "http://localhost:" + port, Duration.ofMinutes(3));

            server.destroy(); // SIGTERM, as systemd and a rolling restart send it
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the node stops within 60 s").isTrue();

            String log = Files.readString(dir.resolve("server.log"));
            assertThat(log).doesNotContain("Database is already closed")
                    .doesNotContain(" ERROR ");
        } finally {
            if (server.isAlive()) {
                server.destroyForcibly().waitFor();
            }
        }
    }
}
