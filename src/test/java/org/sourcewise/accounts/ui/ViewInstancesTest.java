package org.sourcewise.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.base.ui.MainLayout;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Views are created as Vaadin creates them on each navigation, through Spring, and must come out as
 * plain objects: a security proxy per view was rebuilt on every navigation (SecurityConfig).
 */
@IntegrationTest
class ViewInstancesTest {

    @Autowired
    ApplicationContext context;

    @Test
    @WithUserDetails("student")
    void a_layout_with_a_jsr250_annotation_is_created_without_a_proxy() {
        Object layout = context.getAutowireCapableBeanFactory().createBean(MainLayout.class);

        assertThat(AopUtils.isAopProxy(layout)).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void a_route_view_with_roles_allowed_is_created_without_a_proxy() {
        Object view = context.getAutowireCapableBeanFactory().createBean(UsersView.class);

        assertThat(AopUtils.isAopProxy(view)).isFalse();
    }
}
