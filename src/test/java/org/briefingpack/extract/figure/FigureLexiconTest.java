package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureLexiconTest {

    private final FigureLexicon lexicon = Rendered.LEXICON;

    @Test
    void currencies_mapSymbolsCodesAndWordsToIsoCodes() {
        assertThat(lexicon.codes)
                .containsEntry("USD", "USD")
                .containsEntry("EUR", "EUR")
                .containsEntry("CHF", "CHF");
        assertThat(lexicon.symbols)
                .contains(new FigureLexicon.CurrencyForm("£", "GBP"), new FigureLexicon.CurrencyForm("US$", "USD"));
        assertThat(lexicon.words).contains(new FigureLexicon.CurrencyForm("rupees", "INR"));
    }

    @Test
    void currencyForms_areOrderedLongestFirst() {
        assertThat(lexicon.symbols.indexOf(new FigureLexicon.CurrencyForm("US$", "USD")))
                .isLessThan(lexicon.symbols.indexOf(new FigureLexicon.CurrencyForm("$", "USD")));
        assertThat(lexicon.words.indexOf(new FigureLexicon.CurrencyForm("us dollars", "USD")))
                .isLessThan(lexicon.words.indexOf(new FigureLexicon.CurrencyForm("dollars", "USD")));
    }

    @Test
    void currencies_knowHundredthsSuffixesAndPlaceSymbols() {
        assertThat(lexicon.subunitsByFirstWord.get("cents"))
                .containsExactly(new FigureLexicon.CurrencyForm("cents", "USD"));
        assertThat(lexicon.subunitsByFirstWord.get("euro"))
                .contains(new FigureLexicon.CurrencyForm("euro cents", "EUR"));
        assertThat(lexicon.subunitSuffixes).containsEntry("p", "GBP");
        assertThat(lexicon.currencySuffixes).contains(new FigureLexicon.CurrencyForm("元", "CNY"));
        assertThat(lexicon.placeSymbolCodes).containsEntry("R", "ZAR");
        assertThat(lexicon.symbolCodes).containsEntry("KSh", "KES").doesNotContainKey("R");
        assertThat(lexicon.placeCuesByFirstWord.get("South"))
                .contains(new FigureLexicon.CurrencyForm("South Africa", "ZAR"));
        assertThat(lexicon.placeCuesByFirstWord).containsKey("rand").doesNotContainKey("Rand");
    }

    @Test
    void moneyInheritance_knowsTheWordsAroundABareAmount() {
        assertThat(lexicon.inheritBefore).contains("from", "to", "of");
        assertThat(lexicon.inheritAfter).contains("each", "apiece");
    }

    @Test
    void minusWords_holdMinus() {
        assertThat(lexicon.minusWords).contains("minus", "negative");
    }

    @Test
    void months_knowAbbreviationsApartFromFullNames() {
        assertThat(lexicon.months).containsEntry("Sept", 9).containsEntry("May", 5);
        assertThat(lexicon.monthAbbreviations).contains("Sept", "Jan").doesNotContain("May", "June", "July");
        assertThat(lexicon.weekdays)
                .containsEntry("Monday", 1)
                .containsEntry("Tues", 2)
                .containsEntry("Sun", 7);
    }

    @Test
    void countLists_holdDurationsMeasurementsAndNamePrefixes() {
        assertThat(lexicon.excludedUnits).contains("years", "gw", "tonnes", "km");
        assertThat(lexicon.namePrefixes).contains("article");
        assertThat(lexicon.numberWords.get("twenty").value()).isEqualTo(20);
    }
}
