export default {
  common: {
    account: 'Account',
  },
};
