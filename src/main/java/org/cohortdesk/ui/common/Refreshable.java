package org.cohortdesk.ui.common;

/**
 * A page that reads again what it shows on View > Refresh (F5): what another desktop saved on a
 * shared server, or a command run beside the window, keeping the filter and, where it can, the
 * row selected.
 */
public interface Refreshable {
    void refresh();
}
