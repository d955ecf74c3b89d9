export default {
  common: {
    account: '帐户',
  },
};
