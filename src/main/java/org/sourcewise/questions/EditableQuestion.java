package org.sourcewise.questions;

/**
 * A bank question as its editor holds it: the spec of its current version plus what a save must send
 * back. {@code lockVersion} is the optimistic lock: a save carrying an older one is refused.
 *
 * @param version     the number of the current content version (1, 2, ...)
 * @param lockVersion changes with every save of the question, its metadata or its status
 */
public record EditableQuestion(long id, long courseId, int version, long lockVersion, QuestionSpec spec) {
}
