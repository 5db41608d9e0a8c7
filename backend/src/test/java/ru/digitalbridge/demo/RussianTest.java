package ru.digitalbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianTest {

    @ParameterizedTest
    @CsvSource({
        "Аткарск,Аткарска",
        "Пугачёв,Пугачёва",
        "Энгельс,Энгельса",
        "Балаково,Балаково",
        "Ртищево,Ртищево",
        "Шиханы,Шиханы",
        "Красный Кут,Красного Кута"
    })
    void townsTakeTheGenitiveAfterG(String town, String genitive) {
        assertThat(Russian.genitiveTown(town)).isEqualTo(genitive);
    }

    @ParameterizedTest
    @CsvSource({
        "Аткарский,Аткарская,Аткарское,Аткарского",
        "Александрово-Гайский,Александрово-Гайская,Александрово-Гайское,Александрово-Гайского",
        "Советский,Советская,Советское,Советского",
        "Новый,Новая,Новое,Нового",
        "Верхний,Верхняя,Верхнее,Верхнего"
    })
    void adjectivesAgree(String masculine, String feminine, String neuter, String genitive) {
        assertThat(Russian.feminine(masculine)).isEqualTo(feminine);
        assertThat(Russian.neuter(masculine)).isEqualTo(neuter);
        assertThat(Russian.genitiveAdjective(masculine)).isEqualTo(genitive);
    }

    @ParameterizedTest
    @CsvSource({"Саратов,Саратовский", "Шиханы,Шиханский", "Балаково,Балаковский", "Энгельс,Энгельсский"})
    void townsGiveAdjectives(String town, String adjective) {
        assertThat(Russian.adjectiveOfTown(town)).isEqualTo(adjective);
    }

    @Test
    void slugsAreLowerCaseLatin() {
        assertThat(Russian.slug("Александров Гай", '-')).isEqualTo("aleksandrov-gay");
        assertThat(Russian.slug("Щёлково, «Юность»!", '_')).isEqualTo("shchelkovo_yunost");
        assertThat(Russian.slug("Дергачи", '-')).isEqualTo("dergachi");
    }

    @Test
    void neighbouringVillagesAgreeInGender() {
        var sosnovka = new Village("с.", "Сосновка", "Сосновское");
        var ozerki = new Village("с.", "Озёрки", "Озёркинское");
        var belogornoe = new Village("с.", "Белогорное", "Белогорновское");
        assertThat(sosnovka.where(0)).isEqualTo("с. Сосновка");
        assertThat(sosnovka.where(1)).isEqualTo("с. Новая Сосновка");
        assertThat(ozerki.where(3)).isEqualTo("с. Большие Озёрки");
        assertThat(belogornoe.where(4)).isEqualTo("с. Верхнее Белогорное");
        assertThat(new Village("с.", "Красный Яр", "Краснояровское").usableOnPass(1))
                .isFalse();
    }
}
