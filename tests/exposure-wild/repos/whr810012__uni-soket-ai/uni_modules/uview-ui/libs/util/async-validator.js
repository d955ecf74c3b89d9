if (typeof process !== 'undefined' && process.env && process.env.NODE_ENV !== 'production' && typeof window
export default Schema
