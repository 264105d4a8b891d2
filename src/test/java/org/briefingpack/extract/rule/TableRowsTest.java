package org.briefingpack.extract.rule;

import org.briefingpack.model.Outcome;

class TableRowsTest {

    private static String text(String escaped) {
        return "Donors met in Geneva on 4 May 2031.\n\n" + escaped.replace("\\n", "\n");
    }

    private static String key(Outcome o) {
        String who = o.actors().get(0).code() != null
                ? o.actors().get(0).code()
                : o.actors().get(0).name();
        return who + ":" + o.amount().value().toBigInteger() + ":" + o.amount().currency();
    }
}
