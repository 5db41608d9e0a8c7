package ru.digitalbridge.demo;

import static ru.digitalbridge.demo.Draft.LOCAL_GOVERNMENT;
import static ru.digitalbridge.demo.Draft.MUNICIPAL_INSTITUTION;
import static ru.digitalbridge.demo.Draft.REGIONAL_BODY;
import static ru.digitalbridge.demo.Draft.STATE_INSTITUTION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ru.digitalbridge.demo.Draft.Parent;

/**
 * The catalogue of bodies and institutions a municipality has, with Russian full and short names as they appear
 * in the unified state register of legal entities (full form of the legal type, the institution's own name in
 * quotes).
 */
final class Institutions {

    /** Legal-form abbreviations and their full forms; {R}/{r} stand for the region's abbreviation/genitive. */
    private enum Form {
        MOU("МОУ", "Муниципальное общеобразовательное учреждение"),
        MBOU("МБОУ", "Муниципальное бюджетное общеобразовательное учреждение"),
        MAOU("МАОУ", "Муниципальное автономное общеобразовательное учреждение"),
        MDOU("МДОУ", "Муниципальное дошкольное образовательное учреждение"),
        MBDOU("МБДОУ", "Муниципальное бюджетное дошкольное образовательное учреждение"),
        MUK("МУК", "Муниципальное учреждение культуры"),
        MAUK("МАУК", "Муниципальное автономное учреждение культуры"),
        MUDO("МУ ДО", "Муниципальное учреждение дополнительного образования"),
        MBUDO("МБУ ДО", "Муниципальное бюджетное учреждение дополнительного образования"),
        MUP("МУП", "Муниципальное унитарное предприятие"),
        MKU("МКУ", "Муниципальное казённое учреждение"),
        MBU("МБУ", "Муниципальное бюджетное учреждение"),
        MAU("МАУ", "Муниципальное автономное учреждение"),
        MU("МУ", "Муниципальное учреждение"),
        GUZ("ГУЗ", "Государственное учреждение здравоохранения"),
        GUZ_R("ГУЗ {R}", "Государственное учреждение здравоохранения {r}"),
        GAU_R("ГАУ {R}", "Государственное автономное учреждение {r}"),
        GKU_R("ГКУ {R}", "Государственное казённое учреждение {r}"),
        GBU_R("ГБУ {R}", "Государственное бюджетное учреждение {r}"),
        GUK("ГУК", "Государственное учреждение культуры"),
        GAUK("ГАУК", "Государственное автономное учреждение культуры"),
        GAPOU_R("ГАПОУ {R}", "Государственное автономное профессиональное образовательное учреждение {r}");

        final String abbreviation;
        final String full;

        Form(String abbreviation, String full) {
            this.abbreviation = abbreviation;
            this.full = full;
        }
    }

    private static final List<String> KINDERGARTEN_NAMES = List.of(
            "Солнышко",
            "Ромашка",
            "Колокольчик",
            "Берёзка",
            "Улыбка",
            "Светлячок",
            "Радуга",
            "Теремок",
            "Сказка",
            "Золотой ключик",
            "Журавушка",
            "Алёнушка",
            "Буратино",
            "Малыш",
            "Капелька",
            "Звёздочка",
            "Ласточка",
            "Чебурашка",
            "Незабудка",
            "Родничок",
            "Рябинка",
            "Колосок",
            "Дюймовочка",
            "Василёк",
            "Аленький цветочек",
            "Пчёлка",
            "Огонёк",
            "Семицветик",
            "Ладушки",
            "Росинка",
            "Красная шапочка",
            "Соловушка",
            "Жемчужинка",
            "Якорёк",
            "Кораблик",
            "Гнёздышко",
            "Петушок",
            "Сибирячок",
            "Земляничка",
            "Одуванчик");

    private static final List<String> CLUB_NAMES = List.of(
            "Юность",
            "Радуга",
            "Октябрь",
            "Победа",
            "Россия",
            "Молодёжный",
            "Заречье",
            "Летучий",
            "Родина",
            "Восход",
            "Дружба",
            "Надежда",
            "Возрождение",
            "Искра",
            "Мечта",
            "Горизонт");

    private static final List<String> SPORT_NAMES = List.of(
            "Олимп",
            "Старт",
            "Динамо",
            "Спартак",
            "Торпедо",
            "Юность",
            "Атлант",
            "Факел",
            "Волга",
            "Сокол",
            "Кристалл",
            "Лидер",
            "Чемпион",
            "Виктория");

    private static final List<String> SOCIAL_NAMES = List.of(
            "Возрождение",
            "Надежда",
            "Забота",
            "Семья",
            "Доверие",
            "Милосердие",
            "Отрада",
            "Участие",
            "Ковчег",
            "Радуга",
            "Тёплый дом");

    private static final List<String> HONOREES = List.of(
            "им. А.С. Пушкина",
            "им. Ю.А. Гагарина",
            "им. Н.Г. Чернышевского",
            "им. М.М. Расковой",
            "им. К.А. Федина",
            "им. П.А. Столыпина",
            "им. Героя Советского Союза В.В. Талалихина",
            "им. И.В. Панфилова",
            "им. М.Ю. Лермонтова",
            "им. С.П. Королёва");

    /** Regional executive bodies: name (before the region's genitive), short name, sector, website slug. */
    private static final List<String[]> REGIONAL_BODIES = List.of(
            new String[] {"Правительство", "Правительство", "ADMINISTRATION", ""},
            new String[] {"Министерство образования", "Минобразования", "EDUCATION", "minobr"},
            new String[] {"Министерство здравоохранения", "Минздрав", "HEALTH", "minzdrav"},
            new String[] {"Министерство культуры", "Минкультуры", "CULTURE", "mincult"},
            new String[] {"Министерство труда и социальной защиты", "Минтруд", "SOCIAL", "social"},
            new String[] {"Министерство молодёжной политики и спорта", "Минмолодёжи", "SPORT", "sport"},
            new String[] {
                "Министерство строительства и жилищно-коммунального хозяйства", "Минстрой", "HOUSING", "minstroy"
            },
            new String[] {"Министерство транспорта и дорожного хозяйства", "Минтранс", "TRANSPORT", "mintrans"},
            new String[] {"Министерство экономического развития", "Минэкономразвития", "ADMINISTRATION", "economy"},
            new String[] {"Министерство финансов", "Минфин", "ADMINISTRATION", "minfin"},
            new String[] {"Министерство сельского хозяйства", "Минсельхоз", "OTHER", "minagro"},
            new String[] {"Министерство природных ресурсов и экологии", "Минприроды", "OTHER", "minprirody"},
            new String[] {"Министерство информации и массовых коммуникаций", "Мининформ", "ADMINISTRATION", "mininform"
            },
            new String[] {
                "Министерство внутренней политики и общественных отношений",
                "Минвнутполитики",
                "ADMINISTRATION",
                "mvpol"
            },
            new String[] {"Министерство цифрового развития и связи", "Минцифры", "ADMINISTRATION", "mincifra"},
            new String[] {"Министерство промышленности и энергетики", "Минпромэнерго", "OTHER", "minprom"},
            new String[] {"Министерство туризма", "Минтуризма", "CULTURE", "tourism"},
            new String[] {"Комитет по охране культурного наследия", "Комитет по охране наследия", "CULTURE", "okn"},
            new String[] {"Государственная жилищная инспекция", "ГЖИ", "HOUSING", "gzhi"},
            new String[] {"Комитет ветеринарии", "Комитет ветеринарии", "OTHER", "vet"},
            new String[] {"Управление по труду и занятости населения", "Управление занятости", "SOCIAL", "zan"},
            new String[] {"Комитет по делам ЗАГС", "Комитет ЗАГС", "ADMINISTRATION", "zags"},
            new String[] {"Министерство по делам территориальных образований", "Минтерр", "ADMINISTRATION", "mindto"},
            new String[] {
                "Комитет общественных связей и национальной политики",
                "Комитет общественных связей",
                "ADMINISTRATION",
                "kobs"
            },
            new String[] {"Министерство инвестиционной политики", "Мининвест", "OTHER", "invest"});

    private final Place place;
    private final Random random;
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<Village> villages;

    Institutions(Place place, Random random) {
        this.place = place;
        this.random = random;
        var shuffled = new ArrayList<>(Village.ALL);
        java.util.Collections.shuffle(shuffled, random);
        this.villages = shuffled;
    }

    static int regionalBodyCount() {
        return REGIONAL_BODIES.size();
    }

    /** The regional executive bodies, seated in the regional capital; the government first. */
    static List<Draft> regionalBodies(Place capital, int count) {
        var out = new ArrayList<Draft>();
        String regionSlug = capital.slug;
        for (int i = 0; i < Math.min(count, REGIONAL_BODIES.size()); i++) {
            String[] body = REGIONAL_BODIES.get(i);
            String name = body[0] + " " + capital.regionOf;
            out.add(new Draft(
                    name,
                    i == 0 ? name : body[1] + " " + capital.regionOf,
                    REGIONAL_BODY,
                    body[2],
                    i == 0 ? Parent.NONE : Parent.GOVERNMENT,
                    i == 0 ? regionSlug : body[3] + "." + regionSlug,
                    false));
        }
        return out;
    }

    /** What every municipality has once, most essential first (a tiny scale keeps only the head of this list). */
    List<Draft> singletons() {
        var p = place;
        var out = new ArrayList<Draft>();
        String municipalityShort =
                p.district ? Russian.genitiveAdjective(p.adjective) + " муниципального района" : p.municipalityOf;
        out.add(body(
                "Администрация " + p.municipalityOf,
                "Администрация " + municipalityShort,
                "ADMINISTRATION",
                Parent.NONE,
                "adm-" + p.slug,
                true));
        if (p.district) {
            out.add(org(
                    Form.GUZ_R,
                    Russian.feminine(p.adjective) + " районная больница",
                    Russian.feminine(p.adjective) + " РБ",
                    STATE_INSTITUTION,
                    "HEALTH",
                    Parent.MINISTRY,
                    p.slug + "-rb",
                    false));
        }
        out.add(body(
                "Управление образования администрации " + p.municipalityOf,
                "Управление образования " + municipalityShort,
                "EDUCATION",
                Parent.ADMINISTRATION,
                "uo-" + p.slug,
                true));
        out.add(org(
                Form.GAU_R,
                "Комплексный центр социального обслуживания населения " + p.areaOf,
                "КЦСОН " + p.areaOf,
                STATE_INSTITUTION,
                "SOCIAL",
                Parent.MINISTRY,
                "kcson-" + p.slug,
                false));
        out.add(org(
                Form.MUK,
                "Централизованная библиотечная система " + p.areaOf,
                "ЦБС " + p.areaOf,
                MUNICIPAL_INSTITUTION,
                "CULTURE",
                Parent.ADMINISTRATION,
                "cbs-" + p.slug,
                true));
        String house = p.district ? "Районный дом культуры" : "Городской дом культуры";
        String houseShort = p.district ? "РДК" : "ГДК";
        out.add(org(
                Form.MUK,
                house + " " + p.townOf,
                houseShort + " " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "CULTURE",
                Parent.ADMINISTRATION,
                (p.district ? "rdk-" : "gdk-") + p.slug,
                true));
        out.add(org(
                Form.MUDO,
                "Детско-юношеская спортивная школа " + p.townOf,
                "ДЮСШ " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "SPORT",
                Parent.ADMINISTRATION,
                "dyussh-" + p.slug,
                true));
        out.add(mfc());
        out.add(org(
                Form.GKU_R,
                "Управление социальной поддержки населения " + p.areaOf,
                "УСПН " + p.areaOf,
                STATE_INSTITUTION,
                "SOCIAL",
                Parent.MINISTRY,
                "uspn-" + p.slug,
                false));
        out.add(org(
                Form.MUK,
                p.adjective + " краеведческий музей",
                p.adjective + " краеведческий музей",
                MUNICIPAL_INSTITUTION,
                "CULTURE",
                Parent.ADMINISTRATION,
                "museum-" + p.slug,
                true));
        out.add(org(
                Form.MUDO,
                "Детская школа искусств " + p.townOf,
                "ДШИ " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "CULTURE",
                Parent.ADMINISTRATION,
                "dshi-" + p.slug,
                true));
        if (p.district || !p.bigTown()) {
            out.add(body(
                    "Собрание депутатов " + p.municipalityOf,
                    "Собрание депутатов " + municipalityShort,
                    "ADMINISTRATION",
                    Parent.NONE,
                    "sobranie-" + p.slug,
                    false));
        } else {
            String duma = Russian.feminine(p.adjective) + " городская Дума";
            out.add(body(duma, duma, "ADMINISTRATION", Parent.NONE, "duma-" + p.slug, false));
        }
        out.add(org(
                Form.GKU_R,
                "Центр занятости населения " + p.areaOf,
                "ЦЗН " + p.areaOf,
                STATE_INSTITUTION,
                "SOCIAL",
                Parent.MINISTRY,
                "czn-" + p.slug,
                false));
        out.add(org(
                Form.MUDO,
                "Дом детского творчества " + p.townOf,
                "ДДТ " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "EDUCATION",
                Parent.EDUCATION_DEPARTMENT,
                "ddt-" + p.slug,
                true));
        out.add(org(
                Form.MUP,
                p.adjective + " водоканал",
                p.adjective + " водоканал",
                MUNICIPAL_INSTITUTION,
                "HOUSING",
                Parent.ADMINISTRATION,
                "vodokanal-" + p.slug,
                false));
        out.add(org(
                Form.MKU,
                "Дорожное хозяйство " + p.areaOf,
                "Дорожное хозяйство " + p.areaOf,
                MUNICIPAL_INSTITUTION,
                "TRANSPORT",
                Parent.ADMINISTRATION,
                "dorogi-" + p.slug,
                false));
        out.add(body(
                "Управление культуры администрации " + p.municipalityOf,
                "Управление культуры " + municipalityShort,
                "CULTURE",
                Parent.ADMINISTRATION,
                "kultura-" + p.slug,
                true));
        if (p.urban) {
            out.add(org(
                    Form.GAPOU_R,
                    p.adjective + " политехнический колледж",
                    p.adjective + " политехнический колледж",
                    STATE_INSTITUTION,
                    "EDUCATION",
                    Parent.MINISTRY,
                    "politeh-" + p.slug,
                    false));
        }
        out.add(org(
                Form.MBU,
                "Благоустройство " + p.townOf,
                "Благоустройство " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "HOUSING",
                Parent.ADMINISTRATION,
                "blago-" + p.slug,
                false));
        String paper = Russian.feminine(p.adjective) + " газета";
        out.add(org(
                Form.MU,
                "Редакция газеты «" + paper + "»",
                "Редакция газеты «" + paper + "»",
                MUNICIPAL_INSTITUTION,
                "OTHER",
                Parent.ADMINISTRATION,
                "gazeta-" + p.slug,
                false));
        out.add(org(
                Form.MAU,
                "Физкультурно-оздоровительный комплекс " + p.townOf,
                "ФОК " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "SPORT",
                Parent.ADMINISTRATION,
                "fok-" + p.slug,
                false));
        out.add(org(
                Form.MUP,
                Russian.neuter(p.adjective) + " автотранспортное предприятие",
                Russian.neuter(p.adjective) + " АТП",
                MUNICIPAL_INSTITUTION,
                "TRANSPORT",
                Parent.ADMINISTRATION,
                "atp-" + p.slug,
                false));
        out.add(body(
                "Контрольно-счётная комиссия " + p.municipalityOf,
                "КСК " + municipalityShort,
                "ADMINISTRATION",
                Parent.NONE,
                "ksk-" + p.slug,
                false));
        out.add(org(
                Form.MU,
                "Молодёжный центр " + p.townOf,
                "Молодёжный центр " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "SPORT",
                Parent.ADMINISTRATION,
                "mc-" + p.slug,
                false));
        out.addAll(bigTownInstitutions());
        return out;
    }

    private Draft mfc() {
        var p = place;
        String of = p.regionOf;
        return new Draft(
                p.adjective + " филиал государственного автономного учреждения " + of
                        + " «Многофункциональный центр предоставления государственных и муниципальных услуг»",
                p.adjective + " филиал ГАУ " + p.regionAbbreviation + " «МФЦ»",
                STATE_INSTITUTION,
                "ADMINISTRATION",
                Parent.MINISTRY,
                "mfc-" + p.slug,
                false);
    }

    /** Theatres, museums and regional hospitals of the capital and the big towns. */
    private List<Draft> bigTownInstitutions() {
        var p = place;
        var out = new ArrayList<Draft>();
        if (!p.bigTown()) {
            return out;
        }
        String a = p.adjective;
        String f = Russian.feminine(a);
        if (p.weight >= 10) {
            out.add(culture(Form.GUK, a + " академический театр драмы", "drama"));
            out.add(culture(Form.GUK, a + " академический театр оперы и балета", "opera"));
            out.add(culture(Form.GAUK, a + " областной театр юного зрителя", "tuz"));
            out.add(culture(Form.GUK, a + " государственный театр кукол «Теремок»", "teremok"));
            out.add(culture(Form.GUK, f + " областная филармония", "filarmonia"));
            out.add(culture(Form.GUK, a + " областной музей краеведения", "okm"));
            out.add(culture(Form.GUK, a + " государственный художественный музей", "artmuseum"));
            out.add(culture(Form.GUK, f + " областная универсальная научная библиотека", "library"));
            out.add(org(
                    Form.GUZ,
                    "Областная клиническая больница",
                    "Областная клиническая больница",
                    STATE_INSTITUTION,
                    "HEALTH",
                    Parent.MINISTRY,
                    "okb-" + p.slug,
                    false));
            out.add(org(
                    Form.GUZ,
                    "Областная детская клиническая больница",
                    "ОДКБ",
                    STATE_INSTITUTION,
                    "HEALTH",
                    Parent.MINISTRY,
                    "odkb-" + p.slug,
                    false));
            out.add(org(
                    Form.GAU_R,
                    "Центр спортивной подготовки",
                    "ЦСП",
                    STATE_INSTITUTION,
                    "SPORT",
                    Parent.MINISTRY,
                    "csp-" + p.slug,
                    false));
        } else {
            out.add(culture(Form.GUK, a + " драматический театр", "drama"));
            out.add(culture(Form.MUK, a + " театр юного зрителя", "tuz"));
            out.add(culture(Form.MUK, a + " театр кукол «Петрушка»", "kukly"));
            out.add(org(
                    Form.GUZ_R,
                    f + " городская больница № 1",
                    f + " ГБ № 1",
                    STATE_INSTITUTION,
                    "HEALTH",
                    Parent.MINISTRY,
                    "gb1-" + p.slug,
                    false));
        }
        return out;
    }

    private Draft culture(Form form, String name, String slug) {
        boolean state = form.name().startsWith("G");
        return org(
                form,
                name,
                name,
                state ? STATE_INSTITUTION : MUNICIPAL_INSTITUTION,
                "CULTURE",
                state ? Parent.MINISTRY : Parent.ADMINISTRATION,
                slug + "-" + place.slug,
                false);
    }

    /** One more institution of a common, repeatable kind: schools, kindergartens, village culture houses… */
    Draft next() {
        var p = place;
        boolean rural = p.district;
        int[] weights = {
            p.urban ? 20 : 6, // numbered school in the town
            rural ? 14 : 0, // village school
            p.urban ? 20 : 8, // kindergarten in the town
            rural ? 6 : 0, // village kindergarten
            rural ? 8 : 0, // village culture house
            rural ? (counter("settlement") < villages.size() ? 5 : 0) : 0, // rural settlement administration
            p.urban ? 3 : 1, // culture and leisure centre, music school
            p.weight >= 2 ? 4 : (p.urban ? 1 : 0), // town hospitals and clinics
            3, // sport
            p.urban ? 3 : 1, // additional education
            2, // social institutions
            2, // housing and utilities
            1, // transport
            1 // accounting and service bodies
        };
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        int type = 0;
        while (pick >= weights[type]) {
            pick -= weights[type];
            type++;
        }
        return switch (type) {
            case 0 -> townSchool();
            case 1 -> villageSchool();
            case 2 -> townKindergarten();
            case 3 -> villageKindergarten();
            case 4 -> villageCultureHouse();
            case 5 -> settlementAdministration();
            case 6 -> cultureCentre();
            case 7 -> clinic();
            case 8 -> sport();
            case 9 -> additionalEducation();
            case 10 -> social();
            case 11 -> housing();
            case 12 -> transport();
            default -> service();
        };
    }

    private Draft townSchool() {
        var p = place;
        Form form = pickForm(Form.MOU, Form.MBOU, Form.MAOU);
        int roll = random.nextInt(100);
        if (p.urban && p.weight >= 1.4 && roll < 8) {
            int n = increment("lyceum");
            return org(
                    form,
                    "Лицей № " + n + " " + p.townOf,
                    "Лицей № " + n + " " + p.townOf,
                    MUNICIPAL_INSTITUTION,
                    "EDUCATION",
                    Parent.EDUCATION_DEPARTMENT,
                    "licey" + n + "-" + p.slug,
                    true);
        }
        if (p.urban && p.weight >= 1.4 && roll < 16) {
            int n = increment("gymnasium");
            return org(
                    form,
                    "Гимназия № " + n + " " + p.townOf,
                    "Гимназия № " + n + " " + p.townOf,
                    MUNICIPAL_INSTITUTION,
                    "EDUCATION",
                    Parent.EDUCATION_DEPARTMENT,
                    "gimn" + n + "-" + p.slug,
                    true);
        }
        int n = increment("school");
        String honour = random.nextInt(10) == 0 ? " " + pick(HONOREES) : "";
        return org(
                form,
                "Средняя общеобразовательная школа № " + n + honour + " " + p.townOf,
                "СОШ № " + n + " " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "EDUCATION",
                Parent.EDUCATION_DEPARTMENT,
                "sch" + n + "-" + p.slug,
                true);
    }

    private Draft villageSchool() {
        var p = place;
        String where = nextVillage("village-school");
        boolean basic = random.nextInt(10) < 3;
        return org(
                pickForm(Form.MOU, Form.MBOU, Form.MOU),
                (basic ? "Основная" : "Средняя") + " общеобразовательная школа " + where + " " + p.areaOf,
                (basic ? "ООШ " : "СОШ ") + where,
                MUNICIPAL_INSTITUTION,
                "EDUCATION",
                Parent.EDUCATION_DEPARTMENT,
                (basic ? "oosh-" : "sosh-") + Russian.slug(where.substring(where.indexOf(' ') + 1), '-') + "-" + p.slug,
                true);
    }

    private Draft townKindergarten() {
        var p = place;
        int n = increment("kindergarten");
        String name = pick(KINDERGARTEN_NAMES);
        return org(
                pickForm(Form.MDOU, Form.MBDOU, Form.MDOU),
                "Детский сад № " + n + " «" + name + "» " + p.townOf,
                "Детский сад № " + n + " «" + name + "»",
                MUNICIPAL_INSTITUTION,
                "EDUCATION",
                Parent.EDUCATION_DEPARTMENT,
                "ds" + n + "-" + p.slug,
                true);
    }

    private Draft villageKindergarten() {
        var p = place;
        String where = nextVillage("village-kindergarten");
        String name = pick(KINDERGARTEN_NAMES);
        return org(
                pickForm(Form.MDOU, Form.MBDOU, Form.MDOU),
                "Детский сад «" + name + "» " + where + " " + p.areaOf,
                "Детский сад «" + name + "» " + where,
                MUNICIPAL_INSTITUTION,
                "EDUCATION",
                Parent.EDUCATION_DEPARTMENT,
                "ds-" + Russian.slug(where.substring(where.indexOf(' ') + 1), '-') + "-" + p.slug,
                true);
    }

    private Draft villageCultureHouse() {
        var p = place;
        String where = nextVillage("village-culture");
        return org(
                pickForm(Form.MUK, Form.MUK, Form.MAUK),
                "Сельский дом культуры " + where + " " + p.areaOf,
                "СДК " + where,
                MUNICIPAL_INSTITUTION,
                "CULTURE",
                Parent.ADMINISTRATION,
                "sdk-" + Russian.slug(where.substring(where.indexOf(' ') + 1), '-') + "-" + p.slug,
                false);
    }

    private Draft settlementAdministration() {
        var p = place;
        Village village = villages.get(increment("settlement") - 1);
        String adjective = village.formationAdjective();
        String genitive = adjective.substring(0, adjective.length() - 2) + "ого";
        return body(
                "Администрация " + genitive + " муниципального образования " + p.areaOf,
                "Администрация " + genitive + " МО",
                "ADMINISTRATION",
                Parent.NONE,
                "adm-" + Russian.slug(adjective, '-') + "-" + p.slug,
                true);
    }

    private Draft cultureCentre() {
        var p = place;
        if (random.nextBoolean()) {
            int n = increment("music-school");
            return org(
                    Form.MUDO,
                    "Детская музыкальная школа № " + n + " " + p.townOf,
                    "ДМШ № " + n + " " + p.townOf,
                    MUNICIPAL_INSTITUTION,
                    "CULTURE",
                    Parent.ADMINISTRATION,
                    "dmsh" + n + "-" + p.slug,
                    true);
        }
        int n = increment("leisure");
        String name = CLUB_NAMES.get((n - 1) % CLUB_NAMES.size()) + suffix(n, CLUB_NAMES.size());
        return org(
                Form.MAUK,
                "Центр культуры и досуга «" + name + "» " + p.townOf,
                "ЦКД «" + name + "» " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "CULTURE",
                Parent.ADMINISTRATION,
                "ckd-" + Russian.slug(name, '-') + "-" + p.slug,
                false);
    }

    private Draft clinic() {
        var p = place;
        String f = Russian.feminine(p.adjective);
        return switch (random.nextInt(4)) {
            case 0 -> {
                int n = increment("polyclinic");
                yield org(
                        Form.GUZ,
                        f + " городская поликлиника № " + n,
                        f + " ГП № " + n,
                        STATE_INSTITUTION,
                        "HEALTH",
                        Parent.MINISTRY,
                        "gp" + n + "-" + p.slug,
                        false);
            }
            case 1 -> {
                int n = increment("hospital");
                yield org(
                        Form.GUZ,
                        f + " городская клиническая больница № " + n,
                        f + " ГКБ № " + n,
                        STATE_INSTITUTION,
                        "HEALTH",
                        Parent.MINISTRY,
                        "gkb" + n + "-" + p.slug,
                        false);
            }
            case 2 -> {
                int n = increment("children-polyclinic");
                yield org(
                        Form.GUZ,
                        "Детская поликлиника № " + n + " " + p.townOf,
                        "Детская поликлиника № " + n + " " + p.townOf,
                        STATE_INSTITUTION,
                        "HEALTH",
                        Parent.MINISTRY,
                        "dp" + n + "-" + p.slug,
                        false);
            }
            default -> {
                int n = increment("dental");
                yield org(
                        Form.GUZ,
                        "Стоматологическая поликлиника № " + n + " " + p.townOf,
                        "Стоматологическая поликлиника № " + n + " " + p.townOf,
                        STATE_INSTITUTION,
                        "HEALTH",
                        Parent.MINISTRY,
                        "stom" + n + "-" + p.slug,
                        false);
            }
        };
    }

    private Draft sport() {
        var p = place;
        int n = increment("sport");
        String name = SPORT_NAMES.get((n - 1) % SPORT_NAMES.size()) + suffix(n, SPORT_NAMES.size());
        if (random.nextBoolean()) {
            return org(
                    Form.MBUDO,
                    "Спортивная школа «" + name + "» " + p.townOf,
                    "СШ «" + name + "» " + p.townOf,
                    MUNICIPAL_INSTITUTION,
                    "SPORT",
                    Parent.ADMINISTRATION,
                    "sport-" + Russian.slug(name, '-') + "-" + p.slug,
                    true);
        }
        return org(
                Form.MAU,
                "Спортивный комплекс «" + name + "» " + p.townOf,
                "СК «" + name + "» " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "SPORT",
                Parent.ADMINISTRATION,
                "sk-" + Russian.slug(name, '-') + "-" + p.slug,
                false);
    }

    private Draft additionalEducation() {
        var p = place;
        int n = increment("children-centre");
        String name = CLUB_NAMES.get((n + 5) % CLUB_NAMES.size()) + suffix(n, CLUB_NAMES.size());
        return org(
                pickForm(Form.MUDO, Form.MBUDO, Form.MUDO),
                "Центр детского творчества «" + name + "» " + p.townOf,
                "ЦДТ «" + name + "» " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "EDUCATION",
                Parent.EDUCATION_DEPARTMENT,
                "cdt-" + Russian.slug(name, '-') + "-" + p.slug,
                true);
    }

    private Draft social() {
        var p = place;
        int n = increment("social");
        String name = SOCIAL_NAMES.get((n - 1) % SOCIAL_NAMES.size()) + suffix(n, SOCIAL_NAMES.size());
        String what = switch (n % 3) {
            case 0 -> "Социально-реабилитационный центр для несовершеннолетних";
            case 1 -> "Центр социальной помощи семье и детям";
            default -> "Дом-интернат для престарелых и инвалидов";
        };
        String abbreviation = switch (n % 3) {
            case 0 -> "СРЦН";
            case 1 -> "ЦСПСД";
            default -> "Дом-интернат";
        };
        return org(
                Form.GBU_R,
                what + " «" + name + "» " + p.areaOf,
                abbreviation + " «" + name + "» " + p.areaOf,
                STATE_INSTITUTION,
                "SOCIAL",
                Parent.MINISTRY,
                Russian.slug(abbreviation, '-') + "-" + Russian.slug(name, '-') + "-" + p.slug,
                false);
    }

    private Draft housing() {
        var p = place;
        if (p.district && random.nextBoolean()) {
            String where = nextVillage("village-housing");
            return org(
                    Form.MUP,
                    "Коммунальное хозяйство " + where,
                    "Коммунальное хозяйство " + where,
                    MUNICIPAL_INSTITUTION,
                    "HOUSING",
                    Parent.ADMINISTRATION,
                    "zhkh-" + Russian.slug(where.substring(where.indexOf(' ') + 1), '-') + "-" + p.slug,
                    false);
        }
        int n = increment("housing");
        return org(
                Form.MUP,
                "Жилищно-эксплуатационный участок № " + n + " " + p.townOf,
                "ЖЭУ № " + n + " " + p.townOf,
                MUNICIPAL_INSTITUTION,
                "HOUSING",
                Parent.ADMINISTRATION,
                "zheu" + n + "-" + p.slug,
                false);
    }

    private Draft transport() {
        var p = place;
        int n = increment("transport");
        if (random.nextBoolean()) {
            return org(
                    Form.MUP,
                    "Пассажирское автотранспортное предприятие № " + n + " " + p.townOf,
                    "ПАТП № " + n + " " + p.townOf,
                    MUNICIPAL_INSTITUTION,
                    "TRANSPORT",
                    Parent.ADMINISTRATION,
                    "patp" + n + "-" + p.slug,
                    false);
        }
        return org(
                Form.MKU,
                "Дорожно-эксплуатационный участок № " + n + " " + p.areaOf,
                "ДЭУ № " + n + " " + p.areaOf,
                MUNICIPAL_INSTITUTION,
                "TRANSPORT",
                Parent.ADMINISTRATION,
                "deu" + n + "-" + p.slug,
                false);
    }

    private Draft service() {
        var p = place;
        int n = increment("service");
        if (n % 2 == 1) {
            return org(
                    Form.MKU,
                    "Централизованная бухгалтерия № " + ((n + 1) / 2) + " " + p.areaOf,
                    "ЦБ № " + ((n + 1) / 2) + " " + p.areaOf,
                    MUNICIPAL_INSTITUTION,
                    "OTHER",
                    Parent.ADMINISTRATION,
                    "cb" + ((n + 1) / 2) + "-" + p.slug,
                    false);
        }
        return org(
                Form.MKU,
                "Хозяйственно-эксплуатационная служба № " + (n / 2) + " " + p.areaOf,
                "ХЭС № " + (n / 2) + " " + p.areaOf,
                MUNICIPAL_INSTITUTION,
                "OTHER",
                Parent.ADMINISTRATION,
                "hes" + (n / 2) + "-" + p.slug,
                false);
    }

    private String nextVillage(String key) {
        int i = increment(key) - 1;
        while (true) {
            int pass = i / villages.size();
            Village village = villages.get(i % villages.size());
            if (village.usableOnPass(pass)) {
                counters.put(key, i + 1);
                return village.where(pass);
            }
            i++;
        }
    }

    private Draft org(
            Form form,
            String name,
            String shortName,
            String kind,
            String sector,
            Parent parent,
            String slug,
            boolean gosweb) {
        String abbreviation = form.abbreviation.replace("{R}", place.regionAbbreviation);
        String full = form.full.replace("{r}", place.regionOf);
        return new Draft(
                full + " «" + name + "»", abbreviation + " «" + shortName + "»", kind, sector, parent, slug, gosweb);
    }

    private static Draft body(
            String name, String shortName, String sector, Parent parent, String slug, boolean gosweb) {
        return new Draft(name, shortName, LOCAL_GOVERNMENT, sector, parent, slug, gosweb);
    }

    private int counter(String key) {
        return counters.getOrDefault(key, 0);
    }

    private int increment(String key) {
        return counters.merge(key, 1, Integer::sum);
    }

    private Form pickForm(Form a, Form b, Form c) {
        int roll = random.nextInt(10);
        return roll < 5 ? a : roll < 8 ? b : c;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Distinguishes the second and later uses of a name from a short list: «Олимп-2». */
    private static String suffix(int n, int listSize) {
        int round = (n - 1) / listSize;
        return round == 0 ? "" : "-" + (round + 1);
    }
}
