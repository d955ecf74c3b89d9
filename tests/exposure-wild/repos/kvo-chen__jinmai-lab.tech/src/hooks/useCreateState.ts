import { useState, useCallback, useMemo } from 'react';
import { toast } from 'sonner';
export const useCreateState = () => {
