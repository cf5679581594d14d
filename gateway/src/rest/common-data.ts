import { z } from "zod";
import { adminList, pageOf, pageQuery, offsetPage, route } from "./route.js";
import { COLLECTION_POINT_TYPES, ctAnimalType, ctCountry } from "./shapes.js";

const countriesQuery = pageQuery.extend({ status: z.enum(["active", "inactive"]).optional() });

export const commonDataRoutes = [
  route({
    method: "get",
    path: "/admin/countries",
    tag: "common-data",
    summary: "Countries (query countries)",
    query: countriesQuery,
    message: "Liste des pays récupérée",
    run: async (operation, { query }) => {
      const { countries } = await operation("RestCountries", {
        filter: {
          ...(query.search ? { search: query.search } : {}),
          ...(query.status ? { active: query.status === "active" } : {}),
        },
        ...offsetPage(query),
      });
      const page = pageOf(countries);
      return adminList({ ...page, rows: page.rows.map(ctCountry) }, query);
    },
  }),
  route({
    method: "get",
    path: "/common-data/countries",
    tag: "common-data",
    summary: "Active countries for the forms' pickers (query countries)",
    message: "Liste des pays récupérée",
    run: async (operation) => {
      const { countries } = await operation("RestCountries", { filter: { active: true }, page: 1, pageSize: 200 });
      return { data: countries.nodes.map(ctCountry) };
    },
  }),
  route({
    method: "get",
    path: "/common-data/collection-point-types",
    tag: "common-data",
    summary: "Collection point types, with their French and English labels (query metadata)",
    message: "Types de points de collecte récupérés",
    run: async (operation) => {
      const { metadata } = await operation("RestEnumLabels");
      const labels = metadata.enums.find((entry: { name: string }) => entry.name === "CollectionPointType");
      return {
        data: COLLECTION_POINT_TYPES.map((code, index) => {
          const label = labels?.values.find((value: { value: string }) => value.value === code);
          return {
            id: index + 1,
            code: code.toLowerCase(),
            name: label?.labelFr ?? code,
            name_en: label?.labelEn ?? code,
          };
        }),
      };
    },
  }),
  route({
    method: "get",
    path: "/common-data/animal-types",
    tag: "common-data",
    summary: "Active animal types (the supergraph's animal species) for the forms' pickers (query animalSpecies)",
    message: "Types d'animaux récupérés",
    run: async (operation) => {
      const { animalSpecies } = await operation("RestAnimalSpecies", { activeOnly: true });
      return { data: animalSpecies.map(ctAnimalType) };
    },
  }),
];
