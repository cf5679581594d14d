import type { Resolvers } from "../../generated/resolvers-types.js";
import {
  DEFAULT_WORKFLOW,
  createFormDraft,
  createWorkflowDraft,
  findPublishedForm,
  findPublishedWorkflow,
  listForms,
  listWorkflows,
  parseLevels,
  publishForm,
  publishWorkflow,
  updateFormDraft,
} from "./definitions.service.js";

export const definitionResolvers: Resolvers = {
  Query: {
    formDefinition: (_p, { collectionType, version }, context) => findPublishedForm(context, collectionType, version),
    formDefinitions: (_p, { collectionType }, context) => listForms(context, collectionType),
    workflowDefinition: (_p, { code, version }, context) =>
      findPublishedWorkflow(context, code ?? DEFAULT_WORKFLOW, version),
    workflowDefinitions: (_p, { code }, context) => listWorkflows(context, code ?? DEFAULT_WORKFLOW),
  },
  Mutation: {
    createFormDefinitionDraft: (_p, { input }, context) => createFormDraft(context, input),
    updateFormDefinitionDraft: (_p, { id, input }, context) => updateFormDraft(context, id, input),
    publishFormDefinition: (_p, { id }, context) => publishForm(context, id),
    createWorkflowDefinitionDraft: (_p, { input }, context) => createWorkflowDraft(context, input),
    publishWorkflowDefinition: (_p, { id }, context) => publishWorkflow(context, id),
  },
  FormDefinition: {
    jsonSchema: (form) => JSON.parse(form.jsonSchema),
  },
  WorkflowDefinition: {
    levels: (workflow) => parseLevels(workflow.levels),
  },
};
