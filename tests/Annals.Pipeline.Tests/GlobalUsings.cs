// "Pipeline" alone names the Annals.Pipeline namespace inside this project's namespaces.
global using PipelineDefinition = Annals.Pipeline.Running.Pipeline;
