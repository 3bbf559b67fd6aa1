package de.lagebild.samples;

import java.util.List;
import java.util.Objects;

/**
 * One synthetic municipality: the parameters the generator turns into a complete project folder.
 *
 * @param name        the municipality's name
 * @param folder      the name of its project folder
 * @param ags         its 8-digit Amtlicher Gemeindeschlüssel (fictitious: the Kreis key followed by 999)
 * @param kreis       the Landkreis it belongs to (a real Saxon Kreis)
 * @param seed        the seed of its random numbers
 * @param districts   its Ortsteile, in the order files list them
 * @param crimeLevel  multiplier of the offence rates of a typical small town of the Kreis (1 = typical)
 * @param respondents target number of survey respondents
 * @param idPrefix    prefix of the respondent ids
 */
record Town(String name, String folder, String ags, Kreis kreis, long seed, List<District> districts,
        double crimeLevel, int respondents, String idPrefix) {

    Town {
        Objects.requireNonNull(name, "name");
        districts = List.copyOf(districts);
        if (!ags.matches("\\d{8}") || !ags.startsWith(kreis.ags())) {
            throw new IllegalArgumentException("the AGS " + ags + " must have 8 digits and start with the Kreis "
                    + kreis.ags());
        }
        if (!(crimeLevel > 0)) {
            throw new IllegalArgumentException("crimeLevel must be positive: " + crimeLevel);
        }
    }

    /**
     * An Ortsteil.
     *
     * @param name      its name as written in every file
     * @param type      its kind
     * @param residents its residents on 31.12.2024 before random variation
     */
    record District(String name, DistrictType type, int residents) {
    }

    /** Residents on 31.12.2024 before random variation. */
    int residents() {
        return districts.stream().mapToInt(District::residents).sum();
    }

    /**
     * The sample municipality: about 16,000 residents in Landkreis Zwickau, five Ortsteile of
     * different kinds.
     */
    static Town musterstadt() {
        return new Town("Musterstadt", "musterstadt", "14524999", Kreis.byAgs("14524"), 20250630L, List.of(
                new District("Altstadt", DistrictType.CENTER, 3600),
                new District("Bahnhofsviertel", DistrictType.STATION, 2300),
                new District("Nordsiedlung", DistrictType.PLATTENBAU, 4700),
                new District("Gartenstadt", DistrictType.SUBURB, 4000),
                new District("Eichenau", DistrictType.VILLAGE, 1400)), 0.95, 1000, "MS");
    }

    /**
     * The cohort "Städtebund": five municipalities in five Saxon Landkreise, 8,000 to 40,000
     * residents, from low to high crime.
     */
    static List<Town> staedtebund() {
        return List.of(
                new Town("Musterberg", "musterberg", "14521999", Kreis.byAgs("14521"), 20250701L, List.of(
                        new District("Oberstadt", DistrictType.CENTER, 3300),
                        new District("Schachtsiedlung", DistrictType.PLATTENBAU, 3000),
                        new District("Hammerdorf", DistrictType.VILLAGE, 2000)), 0.80, 400, "MB"),
                new Town("Mustertal", "mustertal", "14523999", Kreis.byAgs("14523"), 20250702L, List.of(
                        new District("Altstadt", DistrictType.CENTER, 3400),
                        new District("Bahnhofsvorstadt", DistrictType.STATION, 2100),
                        new District("Talsiedlung", DistrictType.PLATTENBAU, 3600),
                        new District("Sonnenhang", DistrictType.SUBURB, 3500)), 0.95, 550, "MT"),
                new Town("Musterau", "musterau", "14522999", Kreis.byAgs("14522"), 20250703L, List.of(
                        new District("Stadtmitte", DistrictType.CENTER, 4800),
                        new District("Bahnhofsviertel", DistrictType.STATION, 2600),
                        new District("Auenviertel", DistrictType.PLATTENBAU, 5200),
                        new District("Lindenhof", DistrictType.SUBURB, 4600),
                        new District("Kleinmusterau", DistrictType.VILLAGE, 2300)), 1.05, 700, "MA"),
                new Town("Musterfeld", "musterfeld", "14625999", Kreis.byAgs("14625"), 20250704L, List.of(
                        new District("Altstadt", DistrictType.CENTER, 5200),
                        new District("Bahnhofsviertel", DistrictType.STATION, 3800),
                        new District("Nordost", DistrictType.PLATTENBAU, 8000),
                        new District("Gartenvorstadt", DistrictType.SUBURB, 6500),
                        new District("Oberfeld", DistrictType.VILLAGE, 3500)), 1.15, 800, "MF"),
                new Town("Musterbrück", "musterbrueck", "14626999", Kreis.byAgs("14626"), 20250705L, List.of(
                        new District("Innenstadt", DistrictType.CENTER, 7500),
                        new District("Bahnhofsviertel", DistrictType.STATION, 5000),
                        new District("Südstadt", DistrictType.PLATTENBAU, 11000),
                        new District("Brückenvorstadt", DistrictType.SUBURB, 8500),
                        new District("Westend", DistrictType.SUBURB, 4000),
                        new District("Heidedorf", DistrictType.VILLAGE, 3000)), 1.10, 900, "BR"));
    }
}
