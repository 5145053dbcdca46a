package org.neurite.server.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.server.browser.LiveSite;

/**
 * The whole site as HTML, without running it: every page reached from {@code /} (and every page file, linked or
 * not, and the embed forms) answers 200, every link, anchor and asset it names exists, and every page has a
 * title, a language, a phone viewport, the site's navigation and a way home. Chromium tests what trains and
 * draws; this needs no WebAssembly, so HtmlUnit reads the pages with scripts off, in a second or two.
 */
class SiteCrawlTest {
    /** The pages that promise an embed form ({@code ?embed} hides the chrome; its script adds the class). */
    static final List<String> EMBEDDABLE = List.of("/playground.html?embed", "/mnist.html?embed");

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static WebClient client;
    private static Map<String, HtmlPage> pages;
    private static List<String> problems;

    @BeforeAll
    static void crawl() throws IOException {
        client = new WebClient();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
        Crawl crawl = new Crawl(client, site.url(""));
        crawl.visitAll(startingPoints());
        pages = crawl.pages();
        problems = crawl.problems();
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    /** The home page, every page file of the site (a page nothing links to is still a page), the embed forms. */
    private static List<String> startingPoints() throws IOException {
        List<String> start = new ArrayList<>(List.of("/", "/selfcheck.html"));
        Path root = Path.of("..", "static");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .forEach(start::add);
        }
        start.addAll(EMBEDDABLE);
        return start;
    }

    @Test
    void everyLinkAnchorAndAssetResolves() {
        assertTrue(pages.size() >= 18, "crawled only " + pages.keySet());
        assertEquals(List.of(), problems, "broken references");
    }

    @Test
    void everyPageHasATitleALanguageAViewportTheNavigationAndAWayHome() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, HtmlPage> entry : pages.entrySet()) {
            HtmlPage page = entry.getValue();
            String url = entry.getKey();
            if (page.getTitleText().isBlank()) {
                missing.add(url + ": no title");
            }
            if (page.getDocumentElement().getAttribute("lang").isBlank()) {
                missing.add(url + ": no lang on <html>");
            }
            if (page.querySelector("meta[name=viewport][content*='width=device-width']") == null) {
                missing.add(url + ": no phone viewport");
            }
            if (page.querySelector("nav.site-nav") == null) {
                missing.add(url + ": no site navigation");
            }
            if (page.querySelectorAll("a[href]").stream().map(DomElement.class::cast)
                    .noneMatch(a -> resolved(page, a.getAttribute("href")).equals(site.url("/")))) {
                missing.add(url + ": no link home");
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Every page repeats the site's header in its HTML (plain files, no build step), so this proves the copies
     * agree: the same brand, the same links to the same pages (written relative to each page, so the site runs
     * under any path), in the same order; only the current page's mark differs.
     */
    @Test
    void everyPageCarriesTheSameSiteHeader() {
        String home = siteHeader(pages.get(site.url("/")));
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, HtmlPage> entry : pages.entrySet()) {
            if (!home.equals(siteHeader(entry.getValue()))) {
                different.add(entry.getKey());
            }
        }
        assertEquals(List.of(), different, "pages whose header is not the home page's");
    }

    private static String siteHeader(HtmlPage page) {
        DomElement header = page.querySelector("header.site-header");
        if (header == null) {
            return "(none)";
        }
        String xml = header.asXml().replace(" aria-current=\"page\"", "");
        for (DomNode node : page.querySelectorAll("header.site-header a[href]")) {
            String href = ((DomElement) node).getAttribute("href");
            xml = xml.replace("href=\"" + href + "\"", "href=\"" + resolved(page, href) + "\"");
        }
        return xml;
    }

    /** {@code href} as the browser follows it from {@code page}. */
    private static String resolved(HtmlPage page, String href) {
        try {
            return page.getFullyQualifiedUrl(href).toString();
        } catch (java.net.MalformedURLException e) {
            return "(bad URL " + href + ")";
        }
    }

    /** Whether {@code page} links the stylesheet at {@code path} of the site (however the link is written). */
    private static boolean linksSheet(HtmlPage page, String path) {
        return page.querySelectorAll("link[rel=stylesheet][href]").stream().map(DomElement.class::cast)
                .anyMatch(link -> resolved(page, link.getAttribute("href")).equals(site.url(path)));
    }

    @Test
    void theEmbedFormsAreThePagesThemselves() {
        for (String embed : EMBEDDABLE) {
            HtmlPage page = pages.get(site.url(embed));
            HtmlPage whole = pages.get(site.url(embed.substring(0, embed.indexOf('?'))));
            assertEquals(whole.getTitleText(), page.getTitleText(), embed);
            // The chrome is hidden by the stylesheet once the script marks <html class="embed">.
            assertTrue(linksSheet(page, "/css/site.css"), embed);
        }
    }

    @Test
    void theTwelveLessonPagesShareTheirChrome() {
        HtmlPage index = pages.get(site.url("/lessons/index.html"));
        String header = siteHeader(index);
        List<String> titles = index.querySelectorAll("main a[href$='.html']").stream()
                .map(DomElement.class::cast).map(a -> a.getAttribute("href"))
                .filter(href -> href.matches("\\d\\d-.*")).distinct().toList();
        assertEquals(11, titles.size(), "the index lists the eleven lessons: " + titles);
        String list = null;
        for (int n = 1; n <= titles.size(); n++) {
            String path = "/lessons/" + titles.get(n - 1);
            HtmlPage lesson = pages.get(site.url(path));
            assertEquals(header, siteHeader(lesson), path + "'s header");
            assertEquals(Integer.toString(n), lesson.getDocumentElement().getAttribute("data-lesson"), path);
            DomElement summary = lesson.querySelector("nav.lesson-nav summary");
            DomElement lessons = lesson.querySelector("nav.lesson-nav ol");
            assertEquals("Lesson " + n + " of " + titles.size(), summary.getTextContent().trim(), path);
            String thisList = lessons.asXml().replace(" aria-current=\"page\"", "");
            if (list == null) {
                list = thisList;
            }
            assertEquals(list, thisList, path + "'s lesson list differs from lesson 1's");
            for (String sheet : new String[] {"/css/site.css", "/css/lessons.css"}) {
                assertTrue(linksSheet(lesson, sheet), path + " " + sheet);
            }
        }
        for (String href : titles) {
            assertTrue(list.contains("href=\"" + href + "\""), "the lesson list lacks " + href);
        }
    }

    /** A breadth-first walk over one origin: pages parsed, assets fetched once, every reference checked. */
    static final class Crawl {
        private final WebClient client;
        private final String origin;
        private final Map<String, HtmlPage> pages = new LinkedHashMap<>();
        private final Map<String, Integer> fetched = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private final Deque<String> queue = new ArrayDeque<>();

        Crawl(WebClient client, String origin) {
            this.client = client;
            this.origin = origin;
        }

        void visitAll(List<String> paths) throws IOException {
            for (String path : paths) {
                queue.add(origin + path);
            }
            while (!queue.isEmpty()) {
                String url = queue.poll();
                if (!pages.containsKey(url) && !fetched.containsKey(url)) {
                    visit(url);
                }
            }
        }

        private void visit(String url) throws IOException {
            Page page = client.getPage(url);
            int status = page.getWebResponse().getStatusCode();
            fetched.put(url, status);
            if (status != 200) {
                problems.add(url + " answers " + status);
                return;
            }
            // Only what is served as HTML is a page (HtmlUnit would read a script served as text as one).
            boolean html = page.getWebResponse().getContentType().equals("text/html");
            if (html && page instanceof HtmlPage htmlPage) {
                pages.put(url, htmlPage);
                references(url, htmlPage);
            }
        }

        /** Queues what the page links to and names; checks its anchors. */
        private void references(String url, HtmlPage page) {
            for (DomElement element : page.querySelectorAll("a[href], link[href], script[src], img[src]")
                    .stream().map(DomElement.class::cast).toList()) {
                String raw = element.hasAttribute("href") ? element.getAttribute("href") : element.getAttribute("src");
                if (raw.startsWith("data:") || raw.startsWith("mailto:")) {
                    continue;
                }
                URI target = URI.create(url).resolve(raw);
                String where = url + " -> " + raw;
                if (!target.toString().startsWith(origin)) {
                    problems.add(where + ": leaves the site (every asset is served by the site itself)");
                    continue;
                }
                String withoutFragment = target.toString().replaceFirst("#.*$", "");
                String fragment = target.getRawFragment();
                if (fragment != null && !fragment.isEmpty() && !fragment.contains("=")) {
                    anchors(where, withoutFragment, fragment);
                }
                queue.add(withoutFragment);
            }
        }

        /** An anchor names an element of its page (hashes with {@code =} are page state, not anchors). */
        private void anchors(String where, String pageUrl, String id) {
            try {
                Page target = client.getPage(pageUrl);
                if (!(target instanceof HtmlPage html) || html.getElementById(id) == null) {
                    problems.add(where + ": no element #" + id);
                }
            } catch (IOException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }

        Map<String, HtmlPage> pages() {
            return pages;
        }

        List<String> problems() {
            return problems;
        }
    }
}
