package org.cohortdesk.ui.common;

/** A page with a filter field, focused by Ctrl+F (View > Filter the list). */
public interface Filterable {
    void focusFilter();
}
