        else if (!styleObj[key] || value.includes('import') || !styleObj[key].includes('import')) {
