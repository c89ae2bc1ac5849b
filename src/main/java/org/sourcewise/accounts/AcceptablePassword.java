package org.sourcewise.accounts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/** A password that {@link AccountRules#passwordProblem} accepts; the message says what is wrong with it. */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

    String message() default "This password is not accepted.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Bean Validation's side of the rule: one message, the rule's own. */
    final class Check implements ConstraintValidator<AcceptablePassword, String> {

        @Override
        public boolean isValid(@Nullable String password, ConstraintValidatorContext context) {
            String problem = AccountRules.passwordProblem(password);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }
}
