package org.sourcewise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sourcewise.browser.ui.LanguageSwitch;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;

/**
 * The frame around every logged-in view. Navigation shows each role only what it may open; the
 * views and services check again, so hiding a link is a courtesy, not the gate.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, AccountService accounts) {
        setPrimarySection(Section.DRAWER);
        // on a phone the open drawer is a dialog, which Vaadin names "Drawer" in English
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("base.nav.menu")));
        Span brand = new Span("Sourcewise");
        brand.addClassName("brand");
        // error pages use this frame too, and a visitor who is not logged in can meet one
        AccountPrincipal user = currentUser.find().orElse(null);
        if (user == null) {
            // nothing to navigate to: no drawer, the brand heads the bar
            Anchor login = new Anchor("login", getTranslation("base.nav.login"));
            HorizontalLayout visitor = new HorizontalLayout(new LanguageSwitch(language -> { }), login);
            visitor.setAlignItems(HorizontalLayout.Alignment.CENTER);
            visitor.addClassName("navbar-right");
            brand.addClassName("navbar-brand");
            addToNavbar(banner(brand, visitor));
            return;
        }
        // one navigation landmark, which the brand heads, rather than the side nav's own and a brand outside any
        Div drawerHeader = new Div(brand);
        drawerHeader.addClassName("drawer-header");
        SideNav navigation = navigationFor(user.role());
        navigation.getElement().setAttribute("role", "none");
        Nav menu = new Nav(drawerHeader, navigation);
        menu.setAriaLabel(getTranslation("base.nav.menu"));
        addToDrawer(menu);


        Span who = new Span(user.displayName());
        who.addClassName("who");
        Span role = new Span(getTranslation("base.role." + user.role().name().toLowerCase()));
        role.addClassName("badge");
        Button logout = new Button(getTranslation("base.nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        // on a phone only the icon shows (app.css): the name stays the same as the word it hides
        logout.setAriaLabel(getTranslation("base.nav.logout"));
        HorizontalLayout right = new HorizontalLayout(new LanguageSwitch(accounts::chooseLanguage), new ThemeSwitch(accounts), who, role, logout);
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);
        right.addClassName("navbar-right");
        addToNavbar(banner(menuToggle(), right));
    }

    /**
     * Screen readers move by landmarks, and AppLayout draws none: the bar is the page's banner, the
     * drawer its navigation and the view its main content (a {@code role}, so the view's own element
     * keeps the layout it is styled for).
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }

    private static Header banner(Component... parts) {
        Header bar = new Header(parts);
        bar.addClassName("top-bar");
        return bar;
    }

    // Vaadin's own name for it is English ("Toggle navigation panel")
    private DrawerToggle menuToggle() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.nav.menu-toggle"));
        return toggle;
    }

    /** The home of the logged-in user's role, or the login page for a visitor. */
    static String homeOf(CurrentUser currentUser) {
        return currentUser.find().map(u -> switch (u.role()) {
            case STUDENT -> "student";
            case INSTRUCTOR -> "instructor";
            case ADMIN -> "admin";
        }).orElse("login");
    }

    private SideNav navigationFor(Role role) {
        SideNav nav = new SideNav();
        switch (role) {
            case STUDENT -> {
                nav.addItem(new SideNavItem(getTranslation("base.nav.my-learning"), "student", VaadinIcon.HOME.create()));
                nav.addItem(new SideNavItem(getTranslation("base.nav.lessons"), "lessons", VaadinIcon.BOOK.create()));
                nav.addItem(new SideNavItem(getTranslation("base.nav.practice"), "practice", VaadinIcon.REFRESH.create()));
            }
            case INSTRUCTOR -> {
                nav.addItem(new SideNavItem(getTranslation("base.nav.teaching"), "instructor", VaadinIcon.HOME.create()));
                nav.addItem(new SideNavItem(getTranslation("base.nav.courses"), "courses", VaadinIcon.BOOK.create()));
                nav.addItem(new SideNavItem(getTranslation("base.nav.course-from-article"), "courses/from-article", VaadinIcon.FILE_TEXT_O.create()));
            }
            case ADMIN -> {
                nav.addItem(new SideNavItem(getTranslation("base.nav.admin-console"), "admin", VaadinIcon.DASHBOARD.create()));
                nav.addItem(new SideNavItem(getTranslation("base.nav.courses"), "courses", VaadinIcon.BOOK.create()));
                nav.addItem(new SideNavItem(getTranslation("base.nav.course-from-article"), "courses/from-article", VaadinIcon.FILE_TEXT_O.create()));
            }
        }
        return nav;
    }
}
