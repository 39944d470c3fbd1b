package dev.explainer.cli;

import dev.explainer.content.Publishing;
import dev.explainer.content.SiteClock;
import dev.explainer.content.SiteConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What build and check publish: drafts, scheduled pages, the site clock, the base URL. */
final class PublishOptions {
    @Option(names = "--drafts", description = "Include pages marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--future", description = "Include pages dated after now (scheduled pages).")
    boolean future;

    @Option(names = "--now", paramLabel = "WHEN", converter = ClockConverter.class,
            description = "The site clock, for scheduled and expired pages and the news sitemap: a date (the end of"
                    + " that day in the site's time zone) or a date and time, e.g. 2025-06-14 or 2025-06-14T09:30+02:00."
                    + " Default: the real clock.")
    SiteClock now;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Publish under this URL instead of site.yaml's base_url (a deploy preview):"
                    + " absolute URLs in feeds, sitemaps and canonical links use it; links between pages stay relative.")
    String baseUrl;

    Publishing publishing() {
        return new Publishing(drafts, future, now == null ? SiteClock.system() : now, baseUrl);
    }

    static final class ClockConverter implements CommandLine.ITypeConverter<SiteClock> {
        @Override
        public SiteClock convert(String value) {
            try {
                return SiteClock.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class BaseUrlConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return SiteConfig.normalizeBaseUrl(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
