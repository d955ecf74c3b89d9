import { useCallback, useEffect, useState } from 'react';
import { ApiError, fetchOrders } from '../lib/api';
import type { OrderRequest } from '../types';
export const OrdersDashboard = (): JSX.Element => {
