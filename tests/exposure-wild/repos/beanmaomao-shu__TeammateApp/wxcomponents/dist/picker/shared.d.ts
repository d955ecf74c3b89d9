export declare const pickerProps: {
    title: StringConstructor;
    loading: BooleanConstructor;
    showToolbar: BooleanConstructor;
    cancelButtonText: {
        type: StringConstructor;
        value: string;
    };
    confirmButtonText: {
        type: StringConstructor;
        value: string;
    };
    visibleItemCount: {
        type: NumberConstructor;
        value: number;
    };
    itemHeight: {
        type: NumberConstructor;
        value: number;
    };
};
