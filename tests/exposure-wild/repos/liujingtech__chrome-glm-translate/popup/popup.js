const MODELS = ['GLM-3-Turbo', 'GLM-4-FLASH', 'GLM-4-AIR', 'GLM-4'];
        model: result.model || 'GLM-3-Turbo'
