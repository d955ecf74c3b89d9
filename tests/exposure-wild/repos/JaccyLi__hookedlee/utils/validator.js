  const validModels = ['glm-4.7', 'deepseek-chat', 'deepseek-reasoner']
