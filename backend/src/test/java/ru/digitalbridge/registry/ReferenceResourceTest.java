package ru.digitalbridge.registry;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static ru.digitalbridge.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void listsTheFortyOneMunicipalitiesOfSaratovRegion() {
        anonymous()
                .get("/api/v1/municipalities")
                .then()
                .statusCode(200)
                .body("findAll { it.region.code == '64' }", hasSize(41))
                .body("findAll { it.kind == 'DISTRICT' && it.region.code == '64' }", hasSize(37))
                .body("findAll { it.kind == 'URBAN_OKRUG' && it.region.code == '64' }", hasSize(4))
                .body("[0].name", equalTo("Александрово-Гайский муниципальный район"))
                .body("[0].code", equalTo("64-01"))
                .body("[0].center", equalTo("с. Александров Гай"))
                .body("[0].region.name", equalTo("Саратовская область"))
                .body("find { it.id == '" + Registry.SARATOV + "' }.name", equalTo("Городской округ город Саратов"));
    }

    @Test
    void referenceNamesFollowTheRequestLanguage() {
        anonymous()
                .get("/api/v1/reference")
                .then()
                .statusCode(200)
                .body("sectors", hasSize(9))
                .body("sectors.find { it.code == 'HOUSING' }.name", equalTo("ЖКХ"))
                .body("organizationKinds.code", hasItems("REGIONAL_BODY", "LOCAL_GOVERNMENT", "OTHER"))
                .body("platforms.find { it.code == 'VK' }.hosts", hasItems("vk.com", "vk.ru"))
                .body("platforms.find { it.code == 'OK' }.name", equalTo("Одноклассники"))
                .body("platforms.code", hasItem("MAX"));
        anonymous()
                .header("Accept-Language", "en")
                .get("/api/v1/reference")
                .then()
                .statusCode(200)
                .body("sectors.find { it.code == 'HOUSING' }.name", equalTo("Housing and utilities"))
                .body("platforms.find { it.code == 'OK' }.name", equalTo("Odnoklassniki"));
    }
}
