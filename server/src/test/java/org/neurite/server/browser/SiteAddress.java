package org.neurite.server.browser;

/** Where a site under test lives: Neurite's server, or a plain static file server holding the exported site. */
interface SiteAddress {

    /** The absolute URL of {@code pathAndQuery} (starting with '/', relative to the site's root). */
    String url(String pathAndQuery);
}
