package org.recflow.membership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class MembershipConfiguration {

    @Bean
    MemberRegistry memberRegistry(@Value("${recflow.data.member-states}") Resource memberStates,
            @Value("${recflow.data.regional-groups}") Resource regionalGroups,
            @Value("${recflow.data.organisations}") Resource organisations) throws IOException {
        List<MemberState> states = new ArrayList<>();
        for (Map<String, String> row : csv(memberStates)) {
            states.add(new MemberState(row.get("code").toUpperCase(Locale.ROOT), row.get("name"), row.get("itu_region")));
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Map<String, String> row : csv(regionalGroups)) {
            groups.computeIfAbsent(row.get("group").toUpperCase(Locale.ROOT), g -> new LinkedHashSet<>())
                    .add(row.get("code").toUpperCase(Locale.ROOT));
        }
        JsonNode orgs;
        try (InputStream in = organisations.getInputStream()) {
            orgs = new YAMLMapper().readTree(in);
        }
        List<StudyGroup> studyGroups = new ArrayList<>();
        orgs.path("studyGroups").forEach(n -> studyGroups.add(
                new StudyGroup(n.path("code").asText(), n.path("number").asInt(), n.path("title").asText())));
        List<Organisation> sectorMembers = new ArrayList<>();
        orgs.path("sectorMembers").forEach(n -> sectorMembers.add(
                new Organisation(n.path("id").asText(), n.path("name").asText(), null)));
        List<Organisation> associates = new ArrayList<>();
        // one Associate per study group for the demo, then any listed by name
        studyGroups.forEach(sg -> associates.add(new Organisation("as-" + sg.code().toLowerCase(Locale.ROOT),
                "Associate of " + sg.code(), sg.code())));
        orgs.path("associates").forEach(n -> associates.add(
                new Organisation(n.path("id").asText(), n.path("name").asText(), n.path("studyGroup").asText())));
        return new MemberRegistry(states, groups, studyGroups, sectorMembers, associates);
    }

    /** Rows of a CSV file with a header line; lines starting with '#' are comments. */
    static List<Map<String, String>> csv(Resource resource) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = resource.getInputStream();
                MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema).readValues(in)) {
            return rows.readAll();
        }
    }
}
