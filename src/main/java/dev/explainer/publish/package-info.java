/**
 * What makes a built site findable once it is published: absolute URLs from the base URL, Atom and
 * RSS feeds, sitemaps (with the Google News one), robots.txt, JSON-LD structured data and the
 * offline search index. Everything here is plain data in, text out; the renderer turns it into
 * output files.
 */
package dev.explainer.publish;
