package org.sourcewise.operations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sourcewise.operations.Backup;
import org.sourcewise.operations.BackupService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backups from a script or cron: {@code curl -u admin:PASSWORD -X POST http://HOST/api/v1/backups}.
 * Admins only (the service refuses anyone else).
 */
@RestController
@RequestMapping("/api/v1/backups")
@Tag(name = "Operations")
class BackupApiController {

    private final BackupService backups;

    BackupApiController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a consistent online backup now; returns the file's name, size and time")
    Backup backUp() {
        return backups.backUp();
    }

    @GetMapping
    @Operation(summary = "The backups in the backup folder, newest first")
    List<Backup> list() {
        return backups.backups();
    }
}
