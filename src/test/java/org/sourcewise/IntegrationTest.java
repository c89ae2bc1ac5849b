package org.sourcewise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory database in demo mode (demo accounts, the first course and
 * the demo class), with a {@link MutableClock} and events between modules handled on the calling thread
 * ({@link SynchronousEventsConfig}). Test classes with this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfig.class, SynchronousEventsConfig.class})
public @interface IntegrationTest {
}
