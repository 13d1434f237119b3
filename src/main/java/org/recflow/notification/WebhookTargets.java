package org.recflow.notification;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which webhook URLs are accepted: absolute {@code https://} URLs with a host, without user information; plain
 * {@code http://} only to a loopback address ({@code localhost}, 127.0.0.0/8, ::1) and only where
 * {@code recflow.notifications.allow-loopback-http} is on (the sim profile, tests).
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why {@code url} is refused, or null when it is accepted. */
    static String whyNot(String url, boolean allowLoopbackHttp) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return "not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "an absolute URL with a host and no user information is required";
        }
        if ("https".equals(scheme)) {
            return null;
        }
        if ("http".equals(scheme) && allowLoopbackHttp && loopback(uri.getHost())) {
            return null;
        }
        return allowLoopbackHttp ? "only https:// URLs, or http:// to a loopback address, are accepted" : "only https:// URLs are accepted";
    }

    private static boolean loopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name other than localhost is not resolved here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
