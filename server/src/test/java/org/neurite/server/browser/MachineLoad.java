package org.neurite.server.browser;

import java.lang.management.ManagementFactory;

/**
 * Whether the machine running the tests is overloaded. Long-task checks measure the page, but a page thread
 * starved of a core shows long tasks that are the machine's, not the page's; those checks stand down then.
 */
final class MachineLoad {
    private MachineLoad() {
    }

    static boolean overloaded() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load > Runtime.getRuntime().availableProcessors();
    }

    static String describe() {
        return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores";
    }
}
