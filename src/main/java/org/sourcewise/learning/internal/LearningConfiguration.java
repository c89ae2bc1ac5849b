package org.sourcewise.learning.internal;

import org.sourcewise.learning.fsrs.Fsrs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler: FSRS-6 with its default weights and 90% desired retention (docs/practice.md). */
@Configuration
class LearningConfiguration {

    @Bean
    Fsrs fsrs() {
        return new Fsrs();
    }

    @Bean
    QuestionPresenter questionPresenter() {
        return new QuestionPresenter();
    }
}
