package org.sourcewise.quizzes.internal;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity with an assigned id that a repository's {@code save} inserts straight away when it was
 * created in code, instead of looking it up first as {@code merge} does: answers and marks are written
 * under exam load. Once stored or loaded it is an ordinary entity again.
 */
@MappedSuperclass
abstract class InsertedDirectly<ID> implements Persistable<ID> {

    @Transient
    private boolean fresh = true;

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }
}
