package org.sourcewise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One virtual student speaking Vaadin Flow's client-server protocol over plain HTTP: the login form,
 * UI bootstrap ({@code v-r=init}) and UIDL requests with property syncs and events. Components are
 * found by the ids the views give them, never by node numbers.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** A Set-Cookie header's name and value, before its attributes. */
    private static final Pattern COOKIE = Pattern.compile("^\\s*([^=;\\s]+)=([^;]*)");

    private final HttpClient http;
    private final String base;
    /**
     * Every cookie the server or a balancer in front of it set, sent back on each request as a browser
     * does: the session id, which names its node for nginx's sticky routing (deploy/), and any cookie of
     * the balancer's own. One client is one browser, so a student always reaches the node holding its UI.
     */
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, String> tagByNode = new HashMap<>();
    private String lastResponse = "";

    /** The address this student's requests say they come from (X-Forwarded-For), or null for the generator's own. */
    private final @org.jspecify.annotations.Nullable String clientAddress;

    VaadinClient(HttpClient http, String base) {
        this(http, base, null);
    }

    /**
     * @param clientAddress sent as {@code X-Forwarded-For} on every request, so that a server started
     *                      with {@code server.forward-headers-strategy=native} sees each student at an
     *                      address of its own, as students on their own devices are; null sends none
     */
    VaadinClient(HttpClient http, String base, @org.jspecify.annotations.Nullable String clientAddress) {
        this.http = http;
        this.base = base;
        this.clientAddress = clientAddress;
    }

    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }

    void login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new ProtocolException("login page has no _csrf meta tag");
        }
        String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new ProtocolException("login refused: " + posted.statusCode() + " " + location);
        }
    }

    /** Bootstraps a UI at a route, as the browser does on page load. */
    void open(String route) throws IOException, InterruptedException {
        nodeById.clear();
        tagByNode.clear();
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + enc(route)
                + "&query=&v-wh=900&v-ww=1280&v-tzid=UTC&v-pr=1")).GET());
        if (init.statusCode() != 200) {
            throw new ProtocolException("init " + route + ": HTTP " + init.statusCode());
        }
        JsonNode config = JSON.readTree(strip(init.body())).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        track(uidl);
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(event(1, "ui-navigate", data));
    }

    void click(String id) throws IOException, InterruptedException {
        rpc(event(node(id), "click", JSON.createObjectNode().put("event.button", 0).put("event.detail", 1)));
    }

    /** Sets a property the way a web component syncs it, followed by its change event. */
    void setValue(String id, JsonNode value, String eventName) throws IOException, InterruptedException {
        int node = node(id);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", "value");
        sync.set("value", value);
        rpc(sync, event(node, eventName, JSON.createObjectNode()));
    }

    void fire(String id, String eventName) throws IOException, InterruptedException {
        rpc(JSON.createObjectNode().put("type", "event").put("node", node(id)).put("event", eventName));
    }

    String tagOf(String id) {
        Integer node = nodeById.get(id);
        return node == null ? null : tagByNode.get(node);
    }

    boolean has(String id) {
        return nodeById.containsKey(id);
    }

    String lastResponse() {
        return lastResponse;
    }

    void expectText(String text) {
        if (!lastResponse.contains(text)) {
            throw new ProtocolException("expected \"" + text + "\" in the response");
        }
    }

    private int node(String id) {
        Integer node = nodeById.get(id);
        if (node == null) {
            throw new ProtocolException("no component with id '" + id + "' on the page");
        }
        return node;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode e = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        e.set("data", data);
        return e;
    }

    private void rpc(ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        for (ObjectNode i : invocations) {
            rpc.add(i);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        if (response.statusCode() != 200) {
            throw new ProtocolException("UIDL: HTTP " + response.statusCode());
        }
        String text = strip(response.body());
        lastResponse = text;
        JsonNode json = JSON.readTree(text);
        if (json.path("meta").path("sessionExpired").asBoolean(false) || json.has("appError")
                || json.path("meta").has("appError")) {
            throw new ProtocolException("session expired or application error: " + text.substring(0, Math.min(200, text.length())));
        }
        if (json.has("syncId")) {
            syncId = json.path("syncId").asInt();
        }
        if (json.has("clientId")) {
            clientId = json.path("clientId").asInt();
        }
        track(json);
    }

    private void track(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            if ("put".equals(type) && "id".equals(change.path("key").asString("")) && change.path("value").isString()) {
                nodeById.put(change.path("value").asString(), node);
            } else if ("put".equals(type) && "tag".equals(change.path("key").asString(""))) {
                tagByNode.put(node, change.path("value").asString());
            } else if ("detach".equals(type)) {
                tagByNode.remove(node);
                List<String> gone = new ArrayList<>();
                nodeById.forEach((id, n) -> {
                    if (n == node) {
                        gone.add(id);
                    }
                });
                gone.forEach(nodeById::remove);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(cookie);
            if (m.find()) {
                // Max-Age=0 (or an empty value) is how a server deletes a cookie
                if (m.group(2).isEmpty() || cookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(m.group(1));
                } else {
                    cookies.put(m.group(1), m.group(2));
                }
            }
        }
        return response;
    }

    private static String strip(String body) {
        String text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
