package com.salesperf.platform.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lets pages read record components as properties ({@code #{row.name}} instead of {@code
 * #{row.name()}}), which Expression Language 5 (Jakarta EE 10) cannot do by itself. Read-only, like
 * records. Registered in faces-config.xml.
 */
public class RecordELResolver extends ELResolver {

    private final Map<Class<?>, Map<String, Method>> accessors = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(
                    "cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor != null) {
            context.setPropertyResolved(base, property);
        }
        return null; // read-only: nothing can be set
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private Method accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return null;
        }
        return accessors.computeIfAbsent(base.getClass(), RecordELResolver::componentsOf).get(name);
    }

    private static Map<String, Method> componentsOf(Class<?> type) {
        return Stream.of(type.getRecordComponents())
                .collect(
                        Collectors.toUnmodifiableMap(
                                RecordComponent::getName,
                                component -> {
                                    Method method = component.getAccessor();
                                    method.setAccessible(true);
                                    return method;
                                },
                                (a, b) -> a));
    }
}
