import { VantComponent } from '../common/component';
VantComponent({
    props: {
        dashed: Boolean,
        hairline: Boolean,
        contentPosition: String,
        fontSize: String,
        borderColor: String,
        textColor: String,
        customStyle: String,
    },
});
