package org.sourcewise.quizzes.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcewise.quizzes.QuizAssembler;
import org.springframework.stereotype.Component;

/** Turns stored slots into the assembler's rules; a lesson draw becomes a draw over its claims. */
@Component
public class SlotRules {

    public List<QuizAssembler.Slot> toRules(List<QuizSlotEntity> slots, Map<Long, Set<Long>> claimIdsByLesson) {
        return slots.stream().map(s -> {
            if (s.getQuestionId() != null) {
                return QuizAssembler.Slot.fixed(s.getPosition(), s.getQuestionId(), s.getPoints());
            }
            QuizAssembler.DrawFilter filter;
            if (s.getDrawLessonId() != null) {
                filter = QuizAssembler.DrawFilter.claims(claimIdsByLesson.getOrDefault(s.getDrawLessonId(), Set.of()));
            } else if (s.getDrawClaimId() != null) {
                filter = QuizAssembler.DrawFilter.claims(Set.of(s.getDrawClaimId()));
            } else if (s.getDrawTag() != null) {
                filter = QuizAssembler.DrawFilter.tag(s.getDrawTag());
            } else {
                filter = QuizAssembler.DrawFilter.category(s.getDrawCategory());
            }
            return QuizAssembler.Slot.draw(s.getPosition(), s.getDrawCount(), filter, s.getPoints());
        }).toList();
    }
}
