export default {
  common: {
    account: '계정',
  },
};
